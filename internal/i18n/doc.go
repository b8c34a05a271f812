// Package i18n holds the label and clause catalogs of gdprkit, one
// [Catalog] per domain (register, notice, breach, helpdesk), each entry in
// Italian and English. Adding a language is adding a column to the
// catalogs; a test checks that every entry has every language and the same
// placeholders in each.
package i18n
