package xlsx

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/xuri/excelize/v2"
)

// defaultCreator names the author when the document names none: excelize
// would otherwise name its own author.
const defaultCreator = "gdprkit"

// docTime is the time the file says it was created and modified: the
// document date, so output is reproducible; a document without a date gets
// the zip epoch rather than the time of the run.
func docTime(meta *doc.Meta) time.Time {
	if meta.Date.IsZero() {
		return zipEpoch
	}
	return meta.Date.UTC()
}

// setProperties writes the core and app properties. They are always set:
// excelize's defaults name "xuri" as the author and carry a date of 2006.
func setProperties(f *excelize.File, meta *doc.Meta, opts Options) error {
	creator := joinClean(meta.Authors, "; ")
	if creator == "" {
		creator = defaultCreator
	}
	when := docTime(meta).Format(time.RFC3339)
	core := &excelize.DocProperties{
		Title:          oneLine(meta.Title),
		Subject:        oneLine(meta.Subject),
		Description:    oneLine(meta.Subtitle),
		Creator:        creator,
		LastModifiedBy: creator,
		Keywords:       joinClean(meta.Keywords, ", "),
		Language:       oneLine(meta.Language),
		Identifier:     oneLine(meta.Identifier),
		Version:        oneLine(meta.Version),
		Category:       oneLine(meta.Classification),
		Created:        when,
		Modified:       when,
	}
	if err := f.SetDocProps(core); err != nil {
		return fmt.Errorf("xlsx: document properties: %w", err)
	}
	app := &excelize.AppProperties{
		Application: oneLine(opts.Application),
		Company:     oneLine(opts.Company),
	}
	if app.Application == "" {
		app.Application = defaultCreator
	}
	if err := f.SetAppProps(app); err != nil {
		return fmt.Errorf("xlsx: app properties: %w", err)
	}
	return nil
}

// joinClean joins the non-empty cleaned items.
func joinClean(items []string, sep string) string {
	var out []string
	for _, it := range items {
		if it = oneLine(it); it != "" {
			out = append(out, it)
		}
	}
	return strings.Join(out, sep)
}
