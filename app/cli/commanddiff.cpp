// seam-cli diff: two versions of a model compared by meaning, for reviews and CI
// (docs/diff.md): two files, git revisions of one file, or git's external diff driver.

#include "commandregistry.h"
#include "diffreport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace seam::cli {

namespace {

constexpr std::string_view kUsage
    = "Usage: seam-cli diff OLD NEW [--format text|markdown|json|sarif] [--fail-on error|warning|info|never]\n"
      "       seam-cli diff REV[..REV] [--] MODEL [OPTIONS]\n"
      "       seam-cli diff --external-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE\n"
      "\n"
      "Compare two versions of a model by meaning: added, removed and changed elements,\n"
      "breaking contract changes, SLA and budget changes, new and resolved lint findings,\n"
      "and the consumers and flows each change reaches.\n"
      "\n"
      "  OLD NEW                 two model files\n"
      "  REV MODEL               MODEL at git revision REV against MODEL as it is on disk\n"
      "  REV1..REV2 MODEL        MODEL at REV1 against MODEL at REV2 (an empty side is HEAD);\n"
      "                          REV1...REV2 compares from their merge base, as a pull request does\n"
      "  --format FORMAT         text (default); markdown: a pull-request comment; json; sarif: SARIF 2.1.0\n"
      "  --fail-on LEVEL         exit 1 when a breaking change, a worse SLA or a new lint finding is at\n"
      "                          or above LEVEL (default error: breaking changes and new lint errors);\n"
      "                          never: exit 0 whatever is found\n"
      "  --external-diff         called by git as diff.seam.command (README.md, \"git diff\"); exits 0\n"
      "                          unless a model is invalid, so git goes on to the next file\n"
      "\n"
      "Exit status: 0 nothing at or above --fail-on, 1 found, 2 invalid model, revision or usage.\n";

enum class Format { Text, Markdown, Json, Sarif };

struct Options {
    std::vector<std::string> positional;
    bool sawDashDash = false;
    Format format = Format::Text;
    std::optional<Severity> failOn = Severity::Error;
    bool externalDiff = false;
};

int usageError(const std::string &message)
{
    std::cerr << "seam-cli diff: " << message << "\n" << kUsage;
    return InvalidInput;
}

int inputError(const std::string &message)
{
    std::cerr << "seam-cli diff: " << message << "\n";
    return InvalidInput;
}

std::string parseOptions(const std::vector<std::string> &args, Options &options)
{
    ArgumentReader reader(args);
    while (reader.next()) {
        const std::string &arg = reader.name();
        std::string value;
        if (options.sawDashDash) {
            options.positional.push_back(reader.raw());
        } else if (arg == "--") {
            options.sawDashDash = true;
        } else if (arg == "--format") {
            if (!reader.value(value))
                return "--format needs a value: text, markdown, json or sarif";
            if (value == "text")
                options.format = Format::Text;
            else if (value == "markdown")
                options.format = Format::Markdown;
            else if (value == "json")
                options.format = Format::Json;
            else if (value == "sarif")
                options.format = Format::Sarif;
            else
                return "unknown format '" + value + "'; use text, markdown, json or sarif";
        } else if (arg == "--fail-on") {
            if (!reader.value(value))
                return "--fail-on needs a value: error, warning, info or never";
            if (value == "never")
                options.failOn.reset();
            else if (const auto level = parseEnum<Severity>(value); level && *level != Severity::Off)
                options.failOn = *level;
            else
                return "unknown --fail-on level '" + value + "'; use error, warning, info or never";
        } else if (arg == "--external-diff" && !reader.hasInlineValue()) {
            options.externalDiff = true;
        } else if (arg.starts_with("-") && arg != "-") {
            return "unknown option '" + reader.raw() + "'";
        } else {
            options.positional.push_back(reader.raw());
        }
    }
    return {};
}

// One side of the comparison, read and validated; diagnostics are printed on stderr.
struct Loaded {
    DiffSide side;
    std::optional<Model> model;
    std::string error; // set when the side could not be read (not a model problem)
};

Loaded loadText(const std::string &text, const DiffSide &side, const std::string &formatPath)
{
    Loaded loaded {side, std::nullopt, {}};
    LoadResult result = loadModelFromString(text, side.label, formatForPath(formatPath));
    for (const Diagnostic &d : result.diagnostics)
        std::cerr << d.toString() << "\n";
    loaded.model = std::move(result.model);
    return loaded;
}

Loaded loadFile(const std::string &path)
{
    Loaded loaded {{path, path}, std::nullopt, {}};
    if (!std::filesystem::is_regular_file(path)) {
        loaded.error = path + ": no such file";
        return loaded;
    }
    LoadResult result = loadReportingDiagnostics(path);
    loaded.model = std::move(result.model);
    return loaded;
}

struct GitRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

GitRun git(const QString &directory, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"), args);
    GitRun run;
    if (!process.waitForStarted()) {
        run.err = "cannot run git: " + process.errorString().toStdString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = "git did not finish";
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput().toStdString();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed().toStdString();
    return run;
}

// MODEL as it was at revision `rev` of the repository holding it.
Loaded loadRevision(const std::string &rev, const std::string &modelPath)
{
    const QFileInfo info(QString::fromStdString(modelPath));
    const QString directory = info.absolutePath();
    Loaded failed {{rev + ":" + modelPath, modelPath}, std::nullopt, {}};
    if (!info.absoluteDir().exists()) {
        failed.error = modelPath + ": no such directory";
        return failed;
    }
    if (git(directory, {"rev-parse", "--git-dir"}).exitCode != 0) {
        failed.error = modelPath + ": not in a git repository, so revision '" + rev + "' cannot be read";
        return failed;
    }
    const QString revision = QString::fromStdString(rev);
    if (git(directory, {"rev-parse", "--verify", "--quiet", revision + "^{commit}"}).exitCode != 0) {
        failed.error = modelPath + ": no revision '" + rev + "' in its git repository";
        return failed;
    }
    // `REV:./NAME` is NAME relative to the working directory, wherever the repository's top is.
    const GitRun shown = git(directory, {"show", revision + ":./" + info.fileName()});
    if (shown.exitCode != 0) {
        failed.error = modelPath + ": not in revision '" + rev + "' (" + shown.err + ")";
        return failed;
    }
    return loadText(shown.out, failed.side, modelPath);
}

std::string mergeBase(const std::string &a, const std::string &b, const std::string &modelPath, std::string &error)
{
    const QString directory = QFileInfo(QString::fromStdString(modelPath)).absolutePath();
    const GitRun run = git(directory, {"merge-base", QString::fromStdString(a), QString::fromStdString(b)});
    if (run.exitCode != 0) {
        error = modelPath + ": no merge base of '" + a + "' and '" + b + "'"
            + (run.err.empty() ? "" : " (" + run.err + ")");
        return {};
    }
    return QString::fromStdString(run.out).trimmed().toStdString();
}

// The empty model: what an added file is compared against, or a deleted one becomes.
Loaded emptySide(const std::string &path)
{
    Model empty;
    return Loaded {{"/dev/null", path}, std::move(empty), {}};
}

// Reads both sides from the positional arguments; returns an exit code, or -1 to go on.
int loadSides(const Options &options, Loaded &before, Loaded &after)
{
    const auto &args = options.positional;
    if (options.externalDiff) {
        // git: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH SIMILARITY]
        if (args.size() != 7 && args.size() != 9)
            return usageError("--external-diff takes the 7 (or 9) arguments git passes");
        const std::string &path = args[0];
        const std::string newPath = args.size() == 9 ? args[7] : path;
        const auto side = [&](const std::string &file, const std::string &repoPath, const std::string &label) {
            if (file == "/dev/null")
                return emptySide(repoPath);
            std::ifstream in(file, std::ios::binary);
            std::stringstream text;
            text << in.rdbuf();
            if (!in)
                return Loaded {{label, repoPath}, std::nullopt, file + ": cannot be read"};
            return loadText(text.str(), {label, repoPath}, repoPath);
        };
        before = side(args[1], path, "a/" + path);
        after = side(args[4], newPath, "b/" + newPath);
        return -1;
    }
    if (args.size() != 2)
        return usageError(args.empty() ? "no models given" : "expected OLD NEW, or REV[..REV] MODEL");
    // A missing OLD that is named like a model file is a missing file, not a revision.
    const auto modelName = [](const std::string &a) {
        for (const char *suffix : {".yaml", ".yml", ".json"})
            if (a.ends_with(suffix))
                return true;
        return false;
    };
    const bool revisions = options.sawDashDash || (!std::filesystem::is_regular_file(args[0]) && !modelName(args[0]));
    if (!revisions) {
        before = loadFile(args[0]);
        after = loadFile(args[1]);
        return -1;
    }
    const std::string &spec = args[0], &model = args[1];
    if (spec.empty())
        return usageError("an empty revision");
    const size_t dots = spec.find("..");
    if (dots == std::string::npos) {
        before = loadRevision(spec, model);
        after = loadFile(model);
        return -1;
    }
    const bool threeDots = spec.compare(dots, 3, "...") == 0;
    std::string from = spec.substr(0, dots), to = spec.substr(dots + (threeDots ? 3 : 2));
    if (from.empty())
        from = "HEAD";
    if (to.empty())
        to = "HEAD";
    if (threeDots) {
        std::string error;
        const std::string base = mergeBase(from, to, model, error);
        if (base.empty())
            return inputError(error);
        before = loadRevision(base, model);
        before.side.label = from + "..." + to + ":" + model; // the merge base, named as the user wrote it
    } else {
        before = loadRevision(from, model);
    }
    after = loadRevision(to, model);
    return -1;
}

bool failing(const diff::ModelDiff &d, Severity level)
{
    for (const diff::BreakingChange &b : d.breaking)
        if (b.severity <= level) // Error < Warning < Info
            return true;
    for (const diff::SlaChange &s : d.sla)
        if (s.worse() && s.kind->severity <= level)
            return true;
    for (const Finding &f : d.lint.added)
        if (f.severity <= level)
            return true;
    return false;
}

int runDiff(const std::vector<std::string> &args)
{
    Options options;
    if (const std::string error = parseOptions(args, options); !error.empty())
        return usageError(error);
    Loaded before, after;
    if (const int status = loadSides(options, before, after); status >= 0)
        return status;
    bool invalid = false;
    for (const Loaded *side : {&before, &after}) {
        if (!side->error.empty())
            std::cerr << "seam-cli diff: " << side->error << "\n";
        invalid = invalid || !side->model;
    }
    if (invalid)
        return InvalidInput;

    const DiffReport report {before.side, after.side, diff::diffModels(*before.model, *after.model)};
    switch (options.format) {
    case Format::Text:
        printDiffText(std::cout, report);
        break;
    case Format::Markdown:
        printDiffMarkdown(std::cout, report);
        break;
    case Format::Json:
        printDiffJson(std::cout, report);
        break;
    case Format::Sarif:
        printDiffSarif(std::cout, report);
        break;
    }
    std::cout.flush();
    if (options.externalDiff || !options.failOn)
        return Ok; // git stops at the first external diff that exits non-zero
    return failing(report.diff, *options.failOn) ? Findings : Ok;
}

const CommandRegistration registration {Command {
    "diff", "compare two versions of a model: breaking changes, SLAs, findings, impact", std::string(kUsage), runDiff}};

} // namespace

} // namespace seam::cli
