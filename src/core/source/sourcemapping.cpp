#include "sourcemapping.h"

#include "detect.h"
#include "reader.h"

namespace Source {

std::optional<Model::FileMapping> fileMapping(const QString &path, const Options &options, QStringView overrides,
                                              QString *error)
{
    const std::unique_ptr<Reader> reader = openReader(path, options);
    if (!reader->open()) {
        if (error)
            *error = reader->errorMessage();
        return std::nullopt;
    }
    QList<QStringList> sample;
    Csv::Record record;
    while (sample.size() < Model::FileMapping::SampleRows && reader->next(record))
        sample.append(record.fields);
    return Model::FileMapping::make(reader->header(), sample, overrides, error);
}

} // namespace Source
