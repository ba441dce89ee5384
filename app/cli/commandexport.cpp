// seam-cli export FILE --format F[,F…] -o DIR: run exporters and write their files.
#include "commandregistry.h"

#include "exporters/exportmodel.h"
#include "exporters/pdfreportgui.h"
#include "model/modelio.h"

#include <algorithm>
#include <iostream>
#include <sstream>

namespace seam::cli {
namespace {

std::string usage()
{
    return "Usage: seam-cli export FILE [--format F[,F...]]... [-o DIR] [--asyncapi-version V]\n"
           "       seam-cli export --list\n"
           "\n"
           "Write documents and specs derived from a model.\n"
           "\n"
           "  --format F, -f F   formats to write, comma-separated or repeated; 'all' (default)\n"
           "                     runs every exporter ('seam-cli export --list' names them)\n"
           "  -o DIR, --output DIR\n"
           "                     folder to write into, created when missing (default: .)\n"
           "  --asyncapi-version V\n"
           "                     AsyncAPI documents in version V: 3.0 or 2.6 (default: the\n"
           "                     version an application was imported from, else 3.0)\n"
           "  --list             print the formats with a one-line description\n"
           "\n"
           "Prints each file written. Exit status: 0 written, 2 invalid model, unknown\n"
           "format, bad usage or a file that could not be written.\n";
}

int usageError(const std::string &message)
{
    std::cerr << "seam-cli export: " << message << "\n";
    return InvalidInput;
}

void listFormats()
{
    size_t width = 3;
    for (const auto &exporter : exporters())
        width = std::max(width, exporter->id().size());
    for (const auto &exporter : exporters())
        std::cout << exporter->id() << std::string(width + 2 - exporter->id().size(), ' ') << exporter->description()
                  << "\n";
    std::cout << "all" << std::string(width - 1, ' ') << "every format above, in this order\n";
}

std::vector<std::string> splitCommas(const std::string &text)
{
    std::vector<std::string> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

int runExport(const std::vector<std::string> &args)
{
    std::vector<std::string> files, formats;
    std::string outputDir = ".";
    std::string asyncapiVersion;
    bool list = false;
    ArgumentReader reader(args);
    while (reader.next()) {
        const std::string &arg = reader.name();
        std::string value;
        const auto takeValue = [&] { return reader.value(value); };
        if (arg == "--format" || arg == "-f") {
            if (!takeValue() || value.empty())
                return usageError("--format needs a value; 'seam-cli export --list' names the formats");
            for (auto &f : splitCommas(value))
                formats.push_back(f);
        } else if (arg == "-o" || arg == "--output") {
            if (!takeValue() || value.empty())
                return usageError(arg + " needs a folder");
            outputDir = value;
        } else if (arg == "--asyncapi-version") {
            if (!takeValue() || (value != "3.0" && value != "2.6"))
                return usageError("--asyncapi-version needs 3.0 or 2.6");
            asyncapiVersion = value;
        } else if (arg == "--list" && !reader.hasInlineValue()) {
            list = true;
        } else if (arg.starts_with('-') && arg != "-") {
            return usageError("unknown option '" + reader.raw() + "'\n" + usage());
        } else {
            files.push_back(arg);
        }
    }
    if (list) {
        listFormats();
        return Ok;
    }
    if (files.size() != 1)
        return usageError(files.empty() ? "no model file given\n" + usage() : "give one model file per export");
    if (formats.empty())
        formats.push_back("all");

    // Resolve every format before reading anything: a typo fails fast.
    std::vector<const Exporter *> chosen;
    for (const auto &format : formats) {
        const auto found = exportersFor(format);
        if (found.empty()) {
            std::vector<std::string_view> names {"all"};
            for (const auto &exporter : exporters())
                names.push_back(exporter->id());
            return usageError("unknown format '" + format + "'; did you mean '"
                              + std::string(closestSpelling(format, names))
                              + "'? ('seam-cli export --list' names them all)");
        }
        for (const Exporter *exporter : found)
            if (std::find(chosen.begin(), chosen.end(), exporter) == chosen.end())
                chosen.push_back(exporter);
    }

    const std::string &file = files.front();
    const LoadResult loaded = loadReportingDiagnostics(file);
    if (!loaded.ok())
        return InvalidInput;

    ExportOptions options;
    options.sourceFile = file;
    options.asyncapiVersion = asyncapiVersion;
    // The PDF's fonts need a QGuiApplication; started only then, as the other formats need none.
    std::unique_ptr<QCoreApplication> gui;
    if (std::any_of(chosen.begin(), chosen.end(), [](const Exporter *e) { return e->needsGuiApplication(); }))
        gui = startHeadlessGui();
    int status = Ok;
    for (const FormatExport &done : exportModel(*loaded.model, chosen, options, outputDir)) {
        for (const auto &warning : done.result.warnings)
            std::cerr << "seam-cli export: " << done.exporter->id() << ": warning: " << warning << "\n";
        if (!done.result.ok())
            std::cerr << "seam-cli export: " << done.exporter->id() << ": error: " << done.result.error << "\n";
        else if (!done.writeError.empty())
            std::cerr << "seam-cli export: " << done.writeError << "\n";
        if (!done.ok())
            status = InvalidInput;
        for (const auto &path : done.writtenPaths)
            std::cout << path << "\n";
    }
    return status;
}

const CommandRegistration registration({
    "export",
    "write Markdown, HTML, PDF, Mermaid, OpenAPI, AsyncAPI and other exports of a model",
    usage(),
    runExport,
});

} // namespace
} // namespace seam::cli
