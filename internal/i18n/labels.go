package i18n

import "github.com/gdprkit/gdprkit/doc"

// DocLabels returns the document-control and footer labels in lang, for
// [doc.Meta.Labels].
func DocLabels(lang string) doc.Labels {
	t := func(k string) string { return Common.T(lang, k) }
	return doc.Labels{
		DocumentControl: t("document_control"), Identifier: t("identifier"), Version: t("version"),
		Date: t("date"), Authors: t("authors"), Classification: t("classification"),
		Approvals: t("approvals"), ApprovedBy: t("approved_by"), Role: t("role"),
		Revisions: t("revisions"), Description: t("description"), Contents: t("contents"),
		Page: t("page"), Of: t("of"),
	}
}

// Missing returns the visible marker a draft prints where mandatory data
// is missing: "DA COMPLETARE" or "TO BE COMPLETED".
func Missing(lang string) string { return Common.T(lang, "missing") }
