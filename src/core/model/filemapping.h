#pragma once
// FileMapping: the one mapping of a file's columns that the wizard and the command line share.
// The header's everyday names (HeaderSynonyms, in seven languages) and the first rows' values
// (ValueProfile) suggest it (ColumnMapping::suggested), with the wizard's recommended choice made
// (organizations named only by name, under an everyday header like "Company" or "Société", use the
// name as their id: "Company=org_name+org_external_id"); the person's own entries (the wizard's
// choices, or `--map "Their Header=field,Other=ignore"`) override it; the columns still left out
// that look like user data are questions (ColumnQuestions). `workos-import --csv` and `validate`
// print it (describe()) before anything else.
//
// Reads the header and the first rows of a CSV file (forCsv) on the calling thread: a few KB.
// A value type; usable from any thread.

#include "columnmapping.h"
#include "columnquestions.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Model {

struct FileMapping {
    QStringList header;
    QList<QStringList> sample;        // the first rows, as read
    ColumnMapping suggested;          // from the header's names and the values
    ColumnMapping mapping;            // suggested, with the person's overrides on top: what is used
    QList<ColumnQuestion> questions;  // columns left out that look like user data

    static constexpr int SampleRows = 50;

    // `overrides`: the textual form of ColumnMapping::parse. Nullopt with *error for a bad
    // override.
    static std::optional<FileMapping> make(const QStringList &header, const QList<QStringList> &sample,
                                           QStringView overrides, QString *error = nullptr);
    // The same for a CSV file; nullopt with *error when it cannot be read as CSV (the caller
    // then falls back to the overrides alone: another reader may know the file).
    static std::optional<FileMapping> forCsv(const QString &path, QStringView overrides, QString *error = nullptr);

    // For a terminal, in English: one line per column ("  Prénom -> first_name (recognised)",
    // "  Notes -> not imported"), then each question with the --map entry that answers it.
    QStringList describe() const;
};

} // namespace Model
