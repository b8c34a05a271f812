package notice

// FileBase returns the base name of the files of the full notice with id:
// the CLI writes notice-<id>.<lang>.<ext> (docx, pdf, html, md).
func FileBase(id string) string { return "notice-" + id }

// ShortFileBase returns the base name of the files of the first layer:
// notice-<id>-short.<lang>.<ext>.
func ShortFileBase(id string) string { return "notice-" + id + "-short" }
