package register

import "github.com/gdprkit/gdprkit/gdpr"

// ProcessorRegister is the register an organisation keeps of the
// processing it carries out on behalf of other controllers (Art. 30(2)).
type ProcessorRegister struct {
	// Clients are the controllers on whose behalf it acts, one entry each.
	Clients []ClientProcessing `json:"clients,omitempty" validate:"dive"`
}

// ClientProcessing is the processor-register entry for one client
// controller.
type ClientProcessing struct {
	// ID identifies the entry.
	ID string `json:"id" validate:"required,id"`
	// Controller is the client controller (Art. 30(2)(a)).
	Controller gdpr.Party `json:"controller"`
	// Representative is the client's Art. 27 representative, if any.
	Representative *gdpr.Party `json:"representative,omitempty"`
	// DPO is the client's DPO, if any.
	DPO *gdpr.DPO `json:"dpo,omitempty"`
	// Service names the service provided.
	Service gdpr.Text `json:"service,omitempty"`
	// Contract references the Art. 28 contract.
	Contract string `json:"contract,omitempty"`
	// Processing lists the categories of processing carried out
	// (Art. 30(2)(b)).
	Processing []gdpr.Text `json:"processing,omitempty"`
	// DataSubjects and DataCategories describe whose and which data.
	DataSubjects   []string `json:"data_subjects,omitempty"`
	DataCategories []string `json:"data_categories,omitempty"`
	// SubProcessors are ids of recipients engaged as sub-processors.
	SubProcessors []string `json:"sub_processors,omitempty"`
	// Transfers outside the EEA (Art. 30(2)(c)).
	Transfers []gdpr.Transfer `json:"transfers,omitempty" validate:"dive"`
	// Security describes the measures (Art. 30(2)(d)).
	Security gdpr.Security `json:"security,omitempty"`
	// EndOfContract says what happens to the data at the end (Art. 28(3)(g)).
	EndOfContract gdpr.Text `json:"end_of_contract,omitempty"`
}
