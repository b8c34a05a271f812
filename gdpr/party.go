package gdpr

// Party is a person or organisation with its contact details: a
// controller, a representative, a DPO, a recipient.
type Party struct {
	// Name is the legal name of an organisation, or a person's or function's name.
	Name string `json:"name"`
	// Address is the postal address.
	Address string `json:"address,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the country of establishment.
	Country string `json:"country,omitempty" validate:"omitempty,country"`
	// VAT is the VAT number (partita IVA).
	VAT string `json:"vat,omitempty"`
	// TaxCode is the tax code (codice fiscale).
	TaxCode string `json:"tax_code,omitempty"`
	// Email is the contact email address.
	Email string `json:"email,omitempty" validate:"omitempty,email"`
	// PEC is the Italian certified email address.
	PEC string `json:"pec,omitempty" validate:"omitempty,email"`
	// Phone is the contact phone number.
	Phone string `json:"phone,omitempty"`
	// Website is the web site, as a URL.
	Website string `json:"website,omitempty" validate:"omitempty,url"`
}

// HasContact reports whether the party can be reached: an address, an
// email, a PEC or a phone.
func (p Party) HasContact() bool {
	return p.Address != "" || p.Email != "" || p.PEC != "" || p.Phone != ""
}

// DPO is the data protection officer (Art. 37–39).
type DPO struct {
	// Name of the DPO, a person or a function ("Ufficio DPO").
	Name string `json:"name" validate:"required"`
	// Organisation is the external company when the DPO is external.
	Organisation string `json:"organisation,omitempty"`
	// External is true when the DPO is a service provider (Art. 37(6)).
	External bool `json:"external,omitempty"`
	// Email is the DPO's contact address, published in notices (Art. 37(7)).
	Email string `json:"email,omitempty" validate:"omitempty,email"`
	// PEC is the DPO's certified email address.
	PEC string `json:"pec,omitempty" validate:"omitempty,email"`
	// Phone is the DPO's phone number.
	Phone string `json:"phone,omitempty"`
	// Address is the DPO's postal address.
	Address string `json:"address,omitempty"`
}

// HasContact reports whether the DPO can be reached.
func (d DPO) HasContact() bool {
	return d.Email != "" || d.PEC != "" || d.Phone != "" || d.Address != ""
}

// JointController is another controller that determines purposes and means
// jointly with ours (Art. 26).
type JointController struct {
	// Party is the joint controller's identity and contacts.
	Party Party `json:"party"`
	// Arrangement references the Art. 26 arrangement between the controllers.
	Arrangement string `json:"arrangement,omitempty"`
	// ContactPoint is the contact point for data subjects, when designated.
	ContactPoint string `json:"contact_point,omitempty"`
}

// Organisation is the entity whose processing the pack describes.
type Organisation struct {
	// Controller is the organisation itself, as controller.
	Controller Party
	// Representative is the Art. 27 representative in the Union of a
	// controller established outside it.
	Representative *Party
	// DPO is the data protection officer, when designated.
	DPO *DPO
	// Headcount is the number of persons employed, for the Art. 30(5)
	// exemption assessment; zero means unknown.
	Headcount int
	// Art27Exemption states why no representative is designated though the
	// controller is outside the Union (Art. 27(2)).
	Art27Exemption Text
}

// InEEA reports whether the controller is established in the EEA. An
// unknown country counts as established (most users are).
func (o Organisation) InEEA() bool {
	return o.Controller.Country == "" || IsEEA(o.Controller.Country)
}
