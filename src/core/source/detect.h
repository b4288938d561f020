#pragma once
// openReader(): the reader for a user file of any supported format, chosen from the content
// (never from the file name): JSON (an array, an object holding the users array, or one object
// per line) goes to JsonReader, anything else to CsvSource; each then names the provider from
// the first user's keys or the CSV header, unless Options::kind says which it is.
// The reader still has to be open()ed.

#include "reader.h"

#include <memory>

namespace Source {

std::unique_ptr<Reader> openReader(const QString &path, const Options &options);

// True when the file's first non-blank byte (after a byte-order mark) opens JSON.
bool looksLikeJson(const QString &path);

} // namespace Source
