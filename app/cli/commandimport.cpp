// seam-cli import FILE... (-o NEW | --into MODEL): contracts that exist (.proto, OpenAPI,
// AsyncAPI) become components, APIs, channels and schemas of a model (docs/import.md).
#include "commandregistry.h"

#include "importers/importfiles.h"
#include "importers/merge.h"

#include <filesystem>
#include <iostream>
#include <set>

namespace seam::cli {
namespace {

// Each problem once: a file imported by two of the FILEs is read, and reported on, twice.
void print(const Diagnostics &diagnostics)
{
    std::set<std::string> printed;
    for (const Diagnostic &d : diagnostics)
        if (const std::string line = d.toString(); printed.insert(line).second)
            std::cerr << line << "\n";
}

std::string modelName(const std::string &file)
{
    std::string name = std::filesystem::path(file).filename().string();
    if (const size_t dot = name.find('.'); dot != std::string::npos && dot > 0)
        name.resize(dot);
    return name;
}

int runImport(const std::vector<std::string> &args)
{
    std::string output, into;
    std::vector<std::string> files;
    ArgumentReader reader(args);
    while (reader.next()) {
        const std::string &name = reader.name();
        if (name == "-o" || name == "--output" || name == "--into") {
            std::string value;
            if (!reader.value(value)) {
                std::cerr << "seam-cli import: " << name << " needs a file name\n";
                return InvalidInput;
            }
            (name == "--into" ? into : output) = value;
        } else if (reader.raw().starts_with('-') && reader.raw() != "-") {
            std::cerr << "seam-cli import: unknown option '" << reader.raw() << "'\n";
            return InvalidInput;
        } else
            files.push_back(reader.raw());
    }
    if (files.empty() || output.empty() == into.empty()) {
        std::cerr << "seam-cli import: usage: seam-cli import FILE... (-o NEW.seam.yaml | --into MODEL.seam.yaml)\n";
        return InvalidInput;
    }
    if (!output.empty() && std::filesystem::exists(output)) {
        std::cerr << "seam-cli import: " << output << " exists; use --into " << output
                  << " to add to it, or choose another name\n";
        return InvalidInput;
    }

    Diagnostics diagnostics;
    Model fragment;
    const bool imported = importFiles(files, fragment, diagnostics);
    if (!imported) {
        print(diagnostics);
        std::cerr << "seam-cli import: nothing written\n";
        return InvalidInput;
    }

    std::string text, target;
    if (!output.empty()) {
        fragment.seam = 1;
        fragment.name = modelName(files.front());
        text = saveModelToString(fragment, formatForPath(output));
        target = output;
    } else {
        LoadResult loaded = loadReportingDiagnostics(into);
        if (!loaded.ok()) {
            print(diagnostics);
            std::cerr << "seam-cli import: nothing written\n";
            return InvalidInput;
        }
        Model model = *loaded.model;
        mergeFragment(model, into, {fragment, files.size() == 1 ? files.front() : "the imported files"}, diagnostics);
        text = patchedModelText(loaded.sourceText, formatForPath(into), model);
        target = into;
    }
    // The model written must load: a mapping gap shows here, not in the user's next command.
    const LoadResult check = loadModelFromString(text, target, formatForPath(target));
    for (const Diagnostic &d : check.diagnostics)
        if (d.isError())
            diagnostics.push_back(d);
    print(diagnostics);
    if (!check.ok()) {
        std::cerr << "seam-cli import: the imported model does not load back; nothing written\n";
        return InvalidInput;
    }
    if (const std::string error = saveModelText(text, target); !error.empty()) {
        std::cerr << "seam-cli import: " << error << "\n";
        return InvalidInput;
    }
    std::cout << "wrote " << target << "\n";
    return Ok;
}

const CommandRegistration registration({
    "import",
    "turn .proto (and other contract) files into components, APIs and schemas of a model",
    "Usage: seam-cli import FILE... -o NEW.seam.yaml\n"
    "       seam-cli import FILE... --into MODEL.seam.yaml\n\n"
    "Reads each FILE, recognising its format by content (proto3: a `syntax = \"proto3\"`\n"
    "line; files it imports are read relative to it and from /usr/include), and turns what\n"
    "it declares into model elements: a gRPC service becomes a component serving an API,\n"
    "messages and enums become schemas (docs/import.md has the whole mapping).\n"
    "-o writes a new model named after the first FILE (refused if the file exists).\n"
    "--into adds to an existing model: only new components, APIs, schemas and integrations\n"
    "are added and the rest of the file is left as it is. What the model already has is\n"
    "never changed: a conflict (same id of another kind, same schema name with another\n"
    "body, same API with other operations) keeps the model's version and is reported.\n"
    "Warnings (conflicts, proto features the model cannot hold) go to stderr.\n"
    "Exit status: 0 written, 2 invalid input (syntax error, unsupported version, missing\n"
    "import, unknown format) or usage; nothing is written then.\n",
    runImport,
});

} // namespace
} // namespace seam::cli
