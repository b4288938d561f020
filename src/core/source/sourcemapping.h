#pragma once
// Source::fileMapping(): the shared column mapping (Model::FileMapping: everyday headers in seven
// languages, the first rows' values, --map on top) for a user file of any supported format. A
// provider export's reader already names its columns as the template does (reader.h), so its
// mapping is the identity plus the person's overrides; a CSV gets the wizard's suggestions.
// Reads the header and the first rows on the calling thread: a few KB.

#include "sourceoptions.h"

#include <model/filemapping.h>

#include <optional>

namespace Source {

// Nullopt with *error when the file cannot be opened as its format (the caller falls back to the
// overrides alone; the file check then says what is wrong) or the overrides do not parse.
std::optional<Model::FileMapping> fileMapping(const QString &path, const Options &options, QStringView overrides,
                                              QString *error = nullptr);

} // namespace Source
