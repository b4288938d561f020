// The CSV reader: RFC 4180, encodings, delimiters, positions, resume by offset, malformed input.
#include "csv/csvreader.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR "/csv/") + name;
}

struct ReadAll {
    QList<Csv::Record> records;
    Csv::ErrorCode endError = Csv::ErrorCode::None;
    QString endMessage;
};

ReadAll readAll(Csv::CsvReader &reader)
{
    ReadAll out;
    Csv::Record r;
    while (reader.next(r))
        out.records.append(r);
    out.endError = reader.error();
    out.endMessage = reader.errorMessage();
    return out;
}

QString writeTemp(QTemporaryDir &dir, const QByteArray &bytes, const QString &name = u"t.csv"_s)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write temp file");
    f.write(bytes);
    return path;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsAndCrlf()
    {
        Csv::CsvReader reader(dataFile(u"crlf_quoted.csv"_s));
        QVERIFY2(reader.open(), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.header(), QStringList({u"email"_s, u"first_name"_s, u"last_name"_s}));
        const ReadAll all = readAll(reader);
        QCOMPARE(all.endError, Csv::ErrorCode::None);
        QCOMPARE(all.records.size(), 3);
        QCOMPARE(all.records[1].fields, QStringList({u"bob@example.com"_s, u"Bob \"B\" Smith"_s, u"multi\r\nline"_s}));
        // Rows count records; lines count physical lines (the quoted line break adds one).
        QCOMPARE(all.records[0].row, 1);
        QCOMPARE(all.records[0].line, 2);
        QCOMPARE(all.records[1].row, 2);
        QCOMPARE(all.records[1].line, 3);
        QCOMPARE(all.records[2].row, 3);
        QCOMPARE(all.records[2].line, 5);
        QCOMPARE(all.records[2].fields.last(), QString());
        QCOMPARE(all.records[2].endOffset, reader.fileSize());
    }

    void delimiterDetected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<char>("delimiter");
        QTest::addRow("comma") << u"crlf_quoted.csv"_s << ',';
        QTest::addRow("semicolon") << u"semicolon.csv"_s << ';';
        QTest::addRow("tab") << u"tab.csv"_s << '\t';
    }
    void delimiterDetected()
    {
        QFETCH(QString, file);
        QFETCH(char, delimiter);
        Csv::CsvReader reader(dataFile(file));
        QVERIFY(reader.open());
        QCOMPARE(reader.dialect().delimiter, delimiter);
        Csv::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.error, Csv::ErrorCode::None);
        QCOMPARE(r.fields.first(), u"ann@example.com"_s);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Csv::Encoding>("encoding");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<bool>("warned");
        QTest::addRow("utf8 bom") << u"utf8_bom.csv"_s << Csv::Encoding::Utf8 << u"J\u00fcrgen"_s << false;
        QTest::addRow("windows-1252") << u"cp1252.csv"_s << Csv::Encoding::Windows1252 << u"J\u00fcrgen \u20ac"_s << true;
        QTest::addRow("utf16 le") << u"utf16le.csv"_s << Csv::Encoding::Utf16LE << u"J\u00fcrgen"_s << false;
        QTest::addRow("utf16 be") << u"utf16be.csv"_s << Csv::Encoding::Utf16BE << u"J\u00fcrgen"_s << false;
    }
    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(Csv::Encoding, encoding);
        QFETCH(QString, firstName);
        QFETCH(bool, warned);
        Csv::CsvReader reader(dataFile(file));
        QVERIFY2(reader.open(), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.dialect().encoding, encoding);
        QCOMPARE(reader.header().first(), u"email"_s); // no BOM left in the first header
        QCOMPARE(!reader.fileWarnings().isEmpty(), warned);
        if (warned)
            QVERIFY(reader.fileWarnings().first().contains(u"Windows-1252"_s));
        Csv::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields.value(1), firstName);
    }

    void utf16QuotedLineBreakAndOffsets()
    {
        Csv::CsvReader reader(dataFile(u"utf16le.csv"_s));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records[1].fields, QStringList({u"b@x.io"_s, u"Zo\u00eb\nNew"_s}));
        QCOMPARE(all.records[1].line, 3);
        QCOMPARE(all.records[1].offset % 2, 0); // byte offsets of 16-bit units
        QCOMPARE(all.records[1].endOffset, reader.fileSize());
    }

    void invalidUtf8FieldInUtf8FileIsWarned()
    {
        QTemporaryDir dir;
        // The first MiB is valid UTF-8, so the file is UTF-8; a later bad field falls back per field.
        QByteArray bytes = "email,first_name\n"_ba;
        for (int i = 0; i < 40000; ++i)
            bytes += "user" + QByteArray::number(i) + "@example.com,J\xc3\xbcrgen\n";
        bytes += "late@example.com,J\xfcrgen\n";
        Csv::CsvReader reader(writeTemp(dir, bytes));
        QVERIFY(reader.open());
        QCOMPARE(reader.dialect().encoding, Csv::Encoding::Utf8);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 40001);
        QCOMPARE(all.records.first().fields[1], u"J\u00fcrgen"_s);
        QCOMPARE(all.records.last().fields[1], u"J\u00fcrgen"_s);
        QCOMPARE(all.records.last().warnings.size(), 1);
        QVERIFY(all.records.last().warnings.first().contains(u"Line 40002"_s));
    }

    void crOnlyLineEnds()
    {
        Csv::CsvReader reader(dataFile(u"cr_only.csv"_s));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records[1].fields, QStringList({u"bob@example.com"_s, u"Bob"_s}));
        QCOMPARE(all.records[1].line, 3);
    }

    void blankLinesAreSkipped()
    {
        Csv::CsvReader reader(dataFile(u"blank_lines.csv"_s));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 1);
        QCOMPARE(all.records[0].row, 1);
        QCOMPARE(all.records[0].line, 3);
        QCOMPARE(all.endError, Csv::ErrorCode::None);
    }

    void rowErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("badIndex");
        QTest::addColumn<Csv::ErrorCode>("error");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("records");
        QTest::addRow("stray quote") << u"stray_quote.csv"_s << 0 << Csv::ErrorCode::StrayQuote << qint64(2) << 2;
        QTest::addRow("nul byte") << u"nul_byte.csv"_s << 0 << Csv::ErrorCode::NulByte << qint64(2) << 2;
        QTest::addRow("too many fields") << u"field_count.csv"_s << 0 << Csv::ErrorCode::TooManyFields << qint64(2) << 3;
        QTest::addRow("too few fields") << u"field_count.csv"_s << 1 << Csv::ErrorCode::TooFewFields << qint64(3) << 3;
    }
    void rowErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, badIndex);
        QFETCH(Csv::ErrorCode, error);
        QFETCH(qint64, line);
        QFETCH(int, records);
        Csv::CsvReader reader(dataFile(file));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), records); // reading goes on after a bad record
        QCOMPARE(all.endError, Csv::ErrorCode::None);
        const Csv::Record &bad = all.records[badIndex];
        QCOMPARE(bad.error, error);
        QCOMPARE(bad.line, line);
        QVERIFY2(bad.errorMessage.startsWith(u"Line %1:"_s.arg(line)), qPrintable(bad.errorMessage));
        QCOMPARE(all.records.last().error, Csv::ErrorCode::None);
    }

    void unterminatedQuoteEndsReadingNamingTheLine()
    {
        Csv::CsvReader reader(dataFile(u"unterminated.csv"_s));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 0);
        QCOMPARE(all.endError, Csv::ErrorCode::UnterminatedQuote);
        QCOMPARE(reader.errorLine(), 2);
        QVERIFY2(all.endMessage.contains(u"Line 2"_s), qPrintable(all.endMessage));
        Csv::Record r;
        QVERIFY(!reader.next(r)); // and stays ended, no hang
    }

    void fieldOverOneMebibyteIsARowErrorWithFlatMemory()
    {
        QTemporaryDir dir;
        QByteArray bytes = "email,note\nbig@example.com,\""_ba;
        bytes += QByteArray(3 * 1024 * 1024, 'x');
        bytes += "\"\nok@example.com,fine\n";
        Csv::CsvReader reader(writeTemp(dir, bytes));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records[0].error, Csv::ErrorCode::FieldTooLong);
        QVERIFY(all.records[0].fields[1].size() <= Csv::CsvReader::MaxFieldBytes);
        QCOMPARE(all.records[1].fields, QStringList({u"ok@example.com"_s, u"fine"_s}));
        QCOMPARE(all.records[1].line, 3);
    }

    // A malformed line must not take memory in proportion to its delimiters (a 20 MB line of
    // commas once took 1.1 GB): past 10,000 fields the record is a row error that keeps only
    // the first 10,000, and reading goes on with the next record.
    void lineWithTooManyFieldsIsARowErrorWithBoundedFields_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("commas") << QByteArray(2'000'000, ',');
        QTest::addRow("quoted empty fields") << QByteArray("\"\",").repeated(300'000);
        QTest::addRow("one-letter fields") << QByteArray("x,").repeated(500'000);
        QTest::addRow("exactly one too many") << QByteArray(10'000, ',');
    }
    void lineWithTooManyFieldsIsARowErrorWithBoundedFields()
    {
        QFETCH(QByteArray, line);
        constexpr int Limit = 10'000;
        QTemporaryDir dir;
        const QByteArray bytes = "email,name\nann@example.com,Ann\n"_ba + line + "\nbob@example.com,Bob\n";
        Csv::CsvReader reader(writeTemp(dir, bytes));
        QVERIFY(reader.open());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.endError, Csv::ErrorCode::None);
        QCOMPARE(all.records.size(), 3);
        const Csv::Record &bad = all.records[1];
        QCOMPARE(bad.error, Csv::ErrorCode::TooManyFields);
        QVERIFY2(bad.fields.size() <= Limit, qPrintable(QString::number(bad.fields.size())));
        QCOMPARE(bad.line, 3);
        QVERIFY2(bad.errorMessage.startsWith(u"Line 3:"_s) && bad.errorMessage.contains(u"10,000"_s), qPrintable(bad.errorMessage));
        QCOMPARE(all.records[2].fields, QStringList({u"bob@example.com"_s, u"Bob"_s}));
        QCOMPARE(all.records[2].line, 4);
        QCOMPARE(all.records[2].row, 3);
    }

    void lineWithTheMostFieldsIsRead()
    {
        // 10,000 fields is allowed: a wide header and rows of the same width read normally.
        QTemporaryDir dir;
        QByteArray header = "email", row = "ann@example.com";
        for (int i = 1; i < 10'000; ++i) {
            header += ",c" + QByteArray::number(i);
            row += ",v";
        }
        Csv::CsvReader reader(writeTemp(dir, header + "\n" + row + "\n"));
        QVERIFY2(reader.open(), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.header().size(), 10'000);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 1);
        QCOMPARE(all.records[0].error, Csv::ErrorCode::None);
        QCOMPARE(all.records[0].fields.size(), 10'000);
    }

    void headerWithTooManyFieldsIsRefused()
    {
        QTemporaryDir dir;
        Csv::CsvReader reader(writeTemp(dir, "email"_ba + QByteArray(1'000'000, ',') + "\nann@example.com\n"));
        QVERIFY(!reader.open());
        QCOMPARE(reader.error(), Csv::ErrorCode::NoHeader);
        QVERIFY2(reader.errorMessage().contains(u"more than 10,000 fields"_s), qPrintable(reader.errorMessage()));
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Csv::ErrorCode>("error");
        QTest::addRow("empty") << QByteArray() << Csv::ErrorCode::EmptyFile;
        QTest::addRow("only blank lines") << "\n\r\n\n"_ba << Csv::ErrorCode::EmptyFile;
        QTest::addRow("zip (xlsx)") << "PK\x03\x04\x14\x00\x06\x00"_ba << Csv::ErrorCode::BinaryFile;
        QTest::addRow("binary") << QByteArray(200, '\0') << Csv::ErrorCode::BinaryFile;
        QTest::addRow("header quote never closed") << "email,\"name\nann@x.io,Ann\n"_ba << Csv::ErrorCode::UnterminatedQuote;
    }
    void unusableFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Csv::ErrorCode, error);
        QTemporaryDir dir;
        Csv::CsvReader reader(writeTemp(dir, bytes));
        QVERIFY(!reader.open());
        QCOMPARE(reader.error(), error);
        QVERIFY(!reader.errorMessage().isEmpty());
    }

    void missingFileCannotOpen()
    {
        Csv::CsvReader reader(u"/nonexistent/users.csv"_s);
        QVERIFY(!reader.open());
        QCOMPARE(reader.error(), Csv::ErrorCode::CannotOpen);
        QVERIFY(reader.errorMessage().contains(u"/nonexistent/users.csv"_s));
    }

    void headerOnlyHasNoRecords()
    {
        Csv::CsvReader reader(dataFile(u"header_only.csv"_s));
        QVERIFY(reader.open());
        Csv::Record r;
        QVERIFY(!reader.next(r));
        QCOMPARE(reader.error(), Csv::ErrorCode::None);
    }

    // Resume depends on this: from any record's offset, reading on gives exactly the records
    // that reading from the top gave, with the same rows and lines.
    void seekToEveryRecordReadsTheSame_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"crlf_quoted.csv", "utf16le.csv", "utf16be.csv", "field_count.csv", "stray_quote.csv",
                              "cr_only.csv", "blank_lines.csv", "cp1252.csv", "utf8_bom.csv"})
            QTest::addRow("%s", f) << QString::fromLatin1(f);
        QTest::addRow("generated") << QString();
    }
    void seekToEveryRecordReadsTheSame()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QString path = file.isEmpty() ? QString() : dataFile(file);
        if (path.isEmpty()) {
            // Many records across several 256 KiB blocks, with quoted line breaks and CRLF.
            QByteArray bytes = "email,name,note\r\n"_ba;
            for (int i = 0; i < 30000; ++i) {
                bytes += "u" + QByteArray::number(i) + "@example.com,";
                bytes += (i % 7 == 0) ? "\"two\r\nlines, \"\"quoted\"\"\"" : "plain";
                bytes += (i % 5 == 0) ? ",\r\n" : ",x\n";
            }
            path = writeTemp(dir, bytes);
        }
        Csv::CsvReader top(path);
        QVERIFY(top.open());
        const ReadAll all = readAll(top);
        QVERIFY(!all.records.isEmpty());
        const int stride = all.records.size() > 200 ? 997 : 1;
        for (int i = 0; i < all.records.size(); i += stride) {
            const Csv::Record &at = all.records[i];
            Csv::CsvReader again(path);
            QVERIFY(again.open());
            QVERIFY(again.seek(at.offset, at.row, at.line));
            Csv::Record r;
            for (int j = i; j < all.records.size() && j < i + 3; ++j) {
                QVERIFY(again.next(r));
                QCOMPARE(r.row, all.records[j].row);
                QCOMPARE(r.line, all.records[j].line);
                QCOMPARE(r.offset, all.records[j].offset);
                QCOMPARE(r.fields, all.records[j].fields);
                QCOMPARE(r.error, all.records[j].error);
            }
        }
    }

    // A byte >= 0x80 at the start of a line (an accented first letter) is text like any
    // other: it must neither end the file nor hide the header.
    void nonAsciiFirstByteOfALine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Csv::Encoding>("encoding");
        QTest::addColumn<QString>("name");
        const QByteArray head = "first_name,last_name,email\n"_ba;
        const QByteArray rows12 = "Ann,Lee,ann@example.com\nBob,Ray,bob@example.com\n"_ba;
        const QByteArray row4 = "Zoe,Kim,zoe@example.com\n"_ba;
        QTest::addRow("utf-8") << head + rows12 + "\xc3\x89lodie,Roy,elodie@example.com\n" + row4
                               << Csv::Encoding::Utf8 << u"\u00c9lodie"_s;
        QTest::addRow("utf-8 with BOM") << "\xef\xbb\xbf"_ba + head + rows12 + "\xc3\x89lodie,Roy,elodie@example.com\n" + row4
                                        << Csv::Encoding::Utf8 << u"\u00c9lodie"_s;
        QTest::addRow("windows-1252") << head + rows12 + "\xc9lodie,Roy,elodie@example.com\n" + row4
                                      << Csv::Encoding::Windows1252 << u"\u00c9lodie"_s;
        QTest::addRow("windows-1252 euro sign") << head + rows12 + "\x80uro,Roy,elodie@example.com\n" + row4
                                                << Csv::Encoding::Windows1252 << u"\u20acuro"_s;
        QTest::addRow("utf-8 CRLF") << "first_name,last_name,email\r\nAnn,Lee,ann@example.com\r\nBob,Ray,bob@example.com\r\n"
                                       "\xc3\x89lodie,Roy,elodie@example.com\r\nZoe,Kim,zoe@example.com\r\n"_ba
                                    << Csv::Encoding::Utf8 << u"\u00c9lodie"_s;
    }
    void nonAsciiFirstByteOfALine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Csv::Encoding, encoding);
        QFETCH(QString, name);
        QTemporaryDir dir;
        Csv::CsvReader reader(writeTemp(dir, bytes));
        QVERIFY2(reader.open(), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.dialect().encoding, encoding);
        QCOMPARE(reader.dialect().delimiter, ',');
        const ReadAll all = readAll(reader);
        QCOMPARE(all.endError, Csv::ErrorCode::None);
        QCOMPARE(all.records.size(), 4);
        QCOMPARE(all.records[2].fields, QStringList({name, u"Roy"_s, u"elodie@example.com"_s}));
        QCOMPARE(all.records[2].line, 4);
        QCOMPARE(all.records[3].fields.first(), u"Zoe"_s);
        QCOMPARE(all.records[3].endOffset, reader.fileSize());
        // And from the record's own offset (resume).
        Csv::CsvReader again(reader.path());
        QVERIFY(again.open());
        QVERIFY(again.seek(all.records[2].offset, all.records[2].row, all.records[2].line));
        Csv::Record r;
        QVERIFY(again.next(r));
        QCOMPARE(r.fields.first(), name);
        QVERIFY(again.next(r));
        QCOMPARE(r.fields.first(), u"Zoe"_s);
    }

    void headerStartingWithNonAsciiLetter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("firstHeader");
        QTest::addRow("utf-8") << "\xc3\x89-mail;Pr\xc3\xa9nom\nann@example.com;Ann\n"_ba << ';' << u"\u00c9-mail"_s;
        QTest::addRow("windows-1252") << "\xc9-mail;Pr\xe9nom\nann@example.com;Ann\n"_ba << ';' << u"\u00c9-mail"_s;
        QTest::addRow("utf-8 tab") << "\xc3\xa9\tx\tb\nann@example.com\tAnn\tB\n"_ba << '\t' << u"\u00e9"_s;
    }
    void headerStartingWithNonAsciiLetter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        QFETCH(QString, firstHeader);
        QTemporaryDir dir;
        Csv::CsvReader reader(writeTemp(dir, bytes));
        QVERIFY2(reader.open(), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.dialect().delimiter, delimiter);
        QCOMPARE(reader.header().first(), firstHeader);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 1);
        QCOMPARE(all.records[0].error, Csv::ErrorCode::None);
        QCOMPARE(all.records[0].fields.first(), u"ann@example.com"_s);
    }

    void seekRejectsPositionsOutsideTheData()
    {
        Csv::CsvReader reader(dataFile(u"crlf_quoted.csv"_s));
        QVERIFY(reader.open());
        QVERIFY(!reader.seek(0, 1, 1));                     // inside the header
        QVERIFY(!reader.seek(reader.fileSize() + 1, 1, 1)); // past the end
        QVERIFY(reader.seek(reader.dataStartOffset(), 1, 2));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
