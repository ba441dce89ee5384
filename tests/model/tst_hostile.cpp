// Hostile input: every file a fuzzer or an attacker found, and every limit of
// docs/input-limits.md, gets one clear error at FILE:LINE:COLUMN (exit status 2
// from seam-cli), never a crash, a hang or unbounded memory.
#include "model/inputlimits.h"
#include "model/modelio.h"
#include "model/modelwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace seam;

// Built with -fsanitize=address (the `asan` and `fuzz` presets)?
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
constexpr bool kUnderAddressSanitizer = __has_feature(address_sanitizer);
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

namespace {

QString hostile(const QString &name)
{
    return QDir(SEAM_HOSTILE_DIR).filePath(name);
}

// The first error, with the file named as the user named it.
std::string firstError(const LoadResult &result)
{
    for (const Diagnostic &d : result.diagnostics)
        if (d.isError())
            return d.toString();
    return "(no error)";
}

std::vector<std::string> errorsOf(const std::string &text, FileFormat format = FileFormat::Yaml)
{
    const LoadResult result = loadModelFromString(text, "m", format);
    std::vector<std::string> errors;
    for (const Diagnostic &d : result.diagnostics)
        if (d.isError())
            errors.push_back(d.toString());
    return errors;
}

const std::string kHeader = "seam: 1\nname: x\ncomponents: []\n";

std::string nested(size_t depth, FileFormat format)
{
    const std::string key = format == FileFormat::Json ? "\"x\": " : "x: ";
    std::string text = format == FileFormat::Json ? "{\"seam\": 1, \"name\": \"x\", \"components\": [], " : kHeader;
    text += key + std::string(depth, '[') + std::string(depth, ']');
    return text + (format == FileFormat::Json ? "}\n" : "\n");
}

} // namespace

class HostileTest : public QObject {
    Q_OBJECT

private slots:
    void filesGetOneClearError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // the first error, after "FILE:"
        // Release builds aborted on these two (a pointer into the tree dangled once a duplicate was dropped).
        QTest::newRow("duplicate key, then an anchor") << "duplicate-key-then-anchor.seam.yaml"
                                                       << "5:1: error: duplicate key 'a' (first written at line 4)";
        QTest::newRow("duplicate key with an anchored value")
            << "duplicate-key-anchored-value.seam.yaml"
            << "5:1: error: duplicate key 'a' (first written at line 4)";
        // libfyaml never returns from this one.
        QTest::newRow("directive with invalid UTF-8")
            << "directive-invalid-utf8.seam.yaml"
            << "1:2: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8";
        QTest::newRow("Latin-1 text") << "latin1.seam.yaml"
                                      << "4:17: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8";
        QTest::newRow("NUL byte") << "nul-byte.seam.yaml"
                                  << "2:8: error: a NUL byte (0x00) is not allowed in a model file";
        QTest::newRow("UTF-16 LE") << "utf16le-bom.seam.yaml"
                                   << "1:1: error: the file is UTF-16 encoded; save it as UTF-8";
        QTest::newRow("UTF-16 BE") << "utf16be-bom.seam.yaml"
                                   << "1:1: error: the file is UTF-16 encoded; save it as UTF-8";
        QTest::newRow("UTF-32 LE") << "utf32le-bom.seam.yaml"
                                   << "1:1: error: the file is UTF-32 encoded; save it as UTF-8";
        QTest::newRow("UTF-32 BE") << "utf32be-bom.seam.yaml"
                                   << "1:1: error: the file is UTF-32 encoded; save it as UTF-8";
        QTest::newRow("UTF-16 without BOM") << "utf16le-no-bom.seam.yaml"
                                            << "1:2: error: a NUL byte (0x00) is not allowed in a model file; the file "
                                               "looks UTF-16 or UTF-32 encoded: save it as UTF-8";
        QTest::newRow("alias bomb")
            << "alias-bomb.seam.yaml"
            << "9:40: error: anchor or alias 'a4' makes the copies of anchors and aliases exceed "
               "1000000 nodes or 64 MiB of text; Seam stops here to bound memory";
        QTest::newRow("undefined alias") << "undefined-alias.seam.yaml"
                                         << "4:4: error: alias '*nowhere' names no anchor '&nowhere' written before it";
        QTest::newRow("1e400 YAML")
            << "float-out-of-range.seam.yaml"
            << "4:4: error: the number '1e400' is out of range of a 64-bit number (about 2.2e-308 to "
               "1.8e308); quote it to keep it as text";
        QTest::newRow("1e400 JSON")
            << "float-out-of-range.seam.json"
            << "2:7: error: the number '1e400' is out of range of a 64-bit number (about 2.2e-308 to "
               "1.8e308); quote it to keep it as text";
        // Whole numbers load up to a double's range (schema bounds in real specs); 400 digits do not.
        const QString range
            = " is out of range of a 64-bit number (about -1.8e308 to 1.8e308); quote it to keep it as text";
        QTest::newRow("400 digits YAML") << "integer-400-digits.seam.yaml"
                                         << "4:11: error: the whole number '1" + QString(59, '0') + "…' (401 bytes)"
                + range;
        QTest::newRow("400 digits JSON") << "integer-400-digits.seam.json"
                                         << "2:7: error: the whole number '-1" + QString(58, '0') + "…' (402 bytes)"
                + range;
        // Where the bracket or quote was opened, and where the parser noticed.
        QTest::newRow("unclosed [ YAML") << "unclosed-bracket.seam.yaml"
                                         << "7:11: error: YAML syntax: unclosed '[' opened here; noticed at 9:1: "
                                            "flow sequence without a closing bracket";
        QTest::newRow("unclosed quote YAML") << "unclosed-quote.seam.yaml"
                                             << "6:18: error: YAML syntax: unclosed '\"' opened here; noticed at 7:1: "
                                                "wrongly indented double-quoted scalar";
        QTest::newRow("unclosed { JSON") << "unclosed-brace.seam.json"
                                         << "5:5: error: JSON syntax: unclosed '{' opened here; noticed at 6:3: syntax "
                                            "error while parsing object - unexpected ']'; expected '}'";
        QTest::newRow("unclosed [ at the end, JSON") << "unclosed-bracket-at-end.seam.json"
                                                     << "1:40: error: JSON syntax: unclosed '[' opened here; noticed "
                                                        "at 1:41: syntax error while parsing value - "
                                                        "unexpected end of input; expected '[', '{', or a literal";
        QTest::newRow("unclosed quote JSON") << "unclosed-quote.seam.json"
                                             << "3:11: error: JSON syntax: unclosed '\"' opened here; noticed at 6:1: "
                                                "syntax error while parsing value - "
                                                "invalid string: control character U+000A (LF) must be escaped to "
                                                "\\u000A or \\n; last read: '\"x,<U+000A>'";
        // Export names files after these; 300 characters passed validation and failed half-way through an export.
        QTest::newRow("300-character event name") << "long-event-name.seam.yaml"
                                                  << "12:15: error: an event name is 300 characters long; the most is "
                                                     "200 (exported file names are made from it)";
        QTest::newRow("201-character component id") << "long-component-id.seam.yaml"
                                                    << "4:9: error: a component id is 201 characters long; the most is "
                                                       "200 (exported file names are made from it)";
    }
    void filesGetOneClearError()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const std::string path = hostile(file).toStdString();
        const LoadResult result = loadModelFromFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(firstError(result)), hostile(file) + ":" + expected);
    }

    // The command line gives the same error and exit status 2, for validate and format alike.
    void cliExitsTwoOnEveryHostileFile()
    {
        const QStringList files = QDir(SEAM_HOSTILE_DIR).entryList(QDir::Files);
        QVERIFY(files.size() >= 20);
        QTemporaryDir out;
        for (const QString &name : files) {
            if (name.startsWith("valid-"))
                continue; // files at a limit, which load (see the tests naming them)
            for (const QStringList &args :
                 {QStringList {"validate", hostile(name)},
                  QStringList {"format", hostile(name), "-o", out.filePath("out.seam.json")}}) {
                QProcess process;
                process.start(SEAM_CLI, args);
                QVERIFY(process.waitForFinished(60000));
                QCOMPARE(process.exitStatus(), QProcess::NormalExit);
                QVERIFY2(process.exitCode() == 2, qPrintable(args.join(' ')));
                const QString err = QString::fromUtf8(process.readAllStandardError());
                QVERIFY2(err.contains(
                             QRegularExpression("^" + QRegularExpression::escape(hostile(name)) + ":\\d+:\\d+: error: ",
                                                QRegularExpression::MultilineOption)),
                         qPrintable(err));
            }
        }
        QVERIFY(!QFile::exists(out.filePath("out.seam.json")));
    }

    // `format` compares the target with what it would write: a huge target is read no further than that.
    // (Never /dev/zero as the target: the atomic save renames a regular file over the device.)
    void formatReadsTheTargetBounded()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("huge.seam.yaml");
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(2) << 30)); // 2 GiB, sparse
        file.close();
        QProcess process;
        // With 1 GB of address space, main's whole-file read failed with bad_alloc. ASan reserves
        // terabytes of address space for its shadow memory, so a sanitized seam-cli runs without
        // the limit: there this checks the outcome, the ordinary build checks the bound too.
        const QString limit = kUnderAddressSanitizer ? QString() : QStringLiteral("ulimit -v 1000000; ");
        process.start("/bin/sh",
                      {"-c", limit + "exec \"$0\" format \"$1\" -o \"$2\"", SEAM_CLI,
                       hostile("valid-yaml11-words.seam.yaml"), target});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QFileInfo(target).size() < 4096); // replaced by the canonical text
    }

    void nestingDeeperThanTheLimitIsAnError_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("yaml") << int(FileFormat::Yaml);
        QTest::newRow("json") << int(FileFormat::Json);
    }
    void nestingDeeperThanTheLimitIsAnError()
    {
        QFETCH(int, format);
        const auto f = FileFormat(format);
        // 150,000 levels overflowed the stack; the limit stops the reader at the first level too many.
        const std::vector<std::string> errors = errorsOf(nested(150000, f), f);
        QCOMPARE(errors.size(), size_t(1));
        // The root map is the first level: the bracket opening level 257 is the 256th.
        const int column = (f == FileFormat::Json ? 48 : 3) + limits::kMaxNestingDepth;
        const int line = f == FileFormat::Json ? 1 : 4;
        QCOMPARE(QString::fromStdString(errors[0]),
                 QString("m:%1:%2: error: maps and lists nested deeper than 256 levels; Seam reads at most 256")
                     .arg(line)
                     .arg(column));
        // At the limit the model loads, and both writers stay linear in its size (no indentation blow-up).
        const std::string text = nested(limits::kMaxNestingDepth - 1, f);
        const LoadResult loaded = loadModelFromString(text, "m", f);
        QVERIFY(loaded.ok());
        for (FileFormat out : {FileFormat::Yaml, FileFormat::Json}) {
            const std::string saved = saveModelToString(*loaded.model, out);
            QVERIFY2(saved.size() < 20 * text.size(), saved.c_str());
            const LoadResult again = loadModelFromString(saved, "again", out);
            QVERIFY(again.ok());
            QVERIFY(*again.model == *loaded.model);
        }
    }

    // Anchors and aliases stay usable for reuse.
    void aliasesWithinTheBudgetLoad()
    {
        const std::string text = kHeader + "base: &b {retry: 3, tags: [a, b]}\nx: *b\ny: *b\n";
        const LoadResult loaded = loadModelFromString(text, "m", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded.model->extras.find("x") == *loaded.model->extras.find("base"));
        QVERIFY(*loaded.model->extras.find("y") == *loaded.model->extras.find("base"));
    }

    void valuesLongerThanOneMebibyteAreAnError()
    {
        const std::string text = kHeader + "description: " + std::string(10 << 20, 'a') + "\n";
        const std::vector<std::string> errors = errorsOf(text);
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(
            QString::fromStdString(errors[0]),
            "m:4:14: error: this value is 10485760 bytes long; Seam reads at most 1048576 bytes (1 MiB) in one value");
        QVERIFY(errorsOf(kHeader + "description: " + std::string(limits::kMaxScalarBytes, 'a') + "\n").empty());
    }

    // 64 MiB of `[0,0,…]` would be 32 million nodes: the count stops at kMaxNodes.
    void documentsWithTooManyNodesAreAnError()
    {
        std::string text = kHeader + "x: [";
        for (size_t i = 0; i < limits::kMaxNodes; ++i)
            text += "0,";
        text += "0]\n";
        const std::vector<std::string> errors = errorsOf(text);
        QCOMPARE(errors.size(), size_t(1));
        // Nine nodes come before the list's items: the root map, six keys and values, 'x' and the list.
        const size_t failing = limits::kMaxNodes - 9 + 1;
        QCOMPARE(QString::fromStdString(errors[0]),
                 QString("m:4:%1: error: the document holds more than 4000000 values, maps and lists; Seam stops here "
                         "to bound memory")
                     .arg(3 + 2 * failing));
    }

    void filesLargerThanTheLimitAreRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.seam.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(limits::kMaxFileBytes) + 1)); // sparse: no disk used
        file.close();
        const LoadResult result = loadModelFromFile(path.toStdString());
        QCOMPARE(QString::fromStdString(firstError(result)),
                 path + ": error: the file is larger than 64 MiB, the most Seam reads (see docs/input-limits.md)");
        // A device reports no size: the limit is checked while reading.
        QCOMPARE(QString::fromStdString(firstError(loadModelFromFile("/dev/zero"))),
                 "/dev/zero: error: the file is larger than 64 MiB, the most Seam reads (see docs/input-limits.md)");
        QCOMPARE(QString::fromStdString(firstError(loadModelFromFile(dir.path().toStdString()))),
                 dir.path() + ": error: is a directory, not a model file");
    }

    // 20,000 unknown references against 2,000 components: every one is reported, the first
    // kMaxSuggestions with a hint (each hint compares against every id).
    void unknownReferencesAreReportedWithBoundedHints()
    {
        std::string text = "seam: 1\nname: x\ncomponents:\n";
        for (int i = 0; i < 2000; ++i)
            text += "  - {id: c" + std::to_string(i) + ", kind: service}\n";
        text += "layout:\n";
        for (int i = 0; i < 20000; ++i)
            text += "  u" + std::to_string(i) + ": [0, 0]\n";
        const std::vector<std::string> errors = errorsOf(text);
        QCOMPARE(errors.size(), size_t(20000));
        const auto hinted = std::count_if(errors.begin(), errors.end(), [](const std::string &e) {
            return e.find("did you mean") != std::string::npos;
        });
        QCOMPARE(size_t(hinted), limits::kMaxSuggestions);
        QCOMPARE(QString::fromStdString(errors[0]),
                 "m:2005:3: error: layout entry for unknown component 'u0'; did you mean 'c0'?");
    }

    // Ids that YAML 1.1 reads as booleans stay strings, and are written quoted everywhere, keys included.
    void yaml11WordsStayStrings()
    {
        const LoadResult loaded = loadModelFromFile(hostile("valid-yaml11-words.seam.yaml").toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.model->components[0].id, std::string("on"));
        QCOMPARE(loaded.model->components[1].id, std::string("yes"));
        QCOMPARE(loaded.model->integrationList()[0].id, std::string("off"));
        const std::string yaml = saveModelToString(*loaded.model, FileFormat::Yaml);
        for (const char *word : {"on", "yes", "true"}) {
            const std::string quoted = std::string("\"") + word + "\"";
            QVERIFY2(yaml.find("id: " + quoted) != std::string::npos, yaml.c_str());
            QVERIFY2(yaml.find("\n  " + quoted + ": [") != std::string::npos, yaml.c_str()); // layout key
            QVERIFY2(yaml.find("\n  " + std::string(word) + ":") == std::string::npos, yaml.c_str());
        }
        QVERIFY2(yaml.find("from: \"on\"") != std::string::npos, yaml.c_str());
        const LoadResult again = loadModelFromString(yaml, "again", FileFormat::Yaml);
        QVERIFY(again.ok());
        QVERIFY(*again.model == *loaded.model);
    }

    // Ids and event names of the longest length allowed export to every format (the file names fit).
    void longestNamesExport()
    {
        QTemporaryDir out;
        QProcess process;
        process.start(SEAM_CLI, {"export", hostile("valid-longest-names.seam.yaml"), "-o", out.path()});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const std::string id(limits::kMaxNameLength, 'c');
        const std::string event(limits::kMaxNameLength, 'e');
        QVERIFY(QFile::exists(out.filePath(QString::fromStdString("proto/" + id + ".proto"))));
        QVERIFY(QFile::exists(out.filePath(QString::fromStdString("openapi/" + id + ".yaml"))));
        QVERIFY(QFile::exists(out.filePath(QString::fromStdString("schemas/" + event + ".v9223372036854775807.json"))));
    }

    // Above int64, up to uint64's maximum (a bound real OpenAPI documents write): loads, and
    // the canonical JSON, the YAML and the JSON Schema export keep every digit, as a number.
    // Beyond it (a bundler's rounding), the value loads and exports as the same double.
    void uint64BoundsKeepEveryDigit()
    {
        const std::string digits = "18446744073709551615";
        const std::string rounded = "18446744073709552000";
        const LoadResult loaded = loadModelFromFile(hostile("valid-uint64-bound.seam.yaml").toStdString());
        QVERIFY2(loaded.ok(), firstError(loaded).c_str());
        for (const FileFormat format : {FileFormat::Json, FileFormat::Yaml}) {
            const std::string text = saveModelToString(*loaded.model, format);
            QVERIFY2(text.find("maximum\": " + digits) != std::string::npos
                         || text.find("maximum: " + digits) != std::string::npos,
                     text.c_str());
            // Beyond uint64 the value stays a number (JSON prints it as a double), never a string.
            QVERIFY2(text.find(rounded) != std::string::npos
                         || text.find("1.8446744073709552e+19") != std::string::npos,
                     text.c_str());
            // Saving what was loaded again writes the same file.
            const LoadResult again = loadModelFromString(text, "again", format);
            QVERIFY(again.ok());
            QCOMPARE(saveModelToString(*again.model, format), text);
        }
        QTemporaryDir out;
        QProcess process;
        process.start(SEAM_CLI,
                      {"export", "--format", "jsonschema", hostile("valid-uint64-bound.seam.yaml"), "-o", out.path()});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile schema(out.filePath("schemas/reading.taken.v1.json"));
        QVERIFY2(schema.open(QIODevice::ReadOnly), qPrintable(QDir(out.path()).entryList().join(' ')));
        const QByteArray json = schema.readAll();
        QVERIFY2(json.contains("\"maximum\": " + QByteArray::fromStdString(digits)), json.constData());
        const QJsonObject properties = QJsonDocument::fromJson(json).object()["properties"].toObject();
        const QJsonValue bound = properties["rounded"].toObject()["maximum"];
        QVERIFY2(bound.isDouble() && bound.toDouble() == 18446744073709552000.0, json.constData());
    }

    // A key spelled like null is the text "null", not an empty key.
    void nullWordsAsKeysKeepTheirText()
    {
        const LoadResult loaded = loadModelFromString(kHeader + "x: {null: 1, ~: 2}\n", "m", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        const SourceNode *x = loaded.model->extras.find("x");
        QVERIFY(x && x->find("null") && x->find("~"));
    }
};

QTEST_GUILESS_MAIN(HostileTest)
#include "tst_hostile.moc"
