// seam-cli new --template NAME [-o FILE] [--force] | --list-templates: start a model from one of
// the starter templates (templates/catalog.h), the same ones File ▸ New from Template offers.
#include "commandregistry.h"

#include "model/modelio.h"
#include "templates/catalog.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace seam::cli {
namespace {

void listTemplates()
{
    size_t width = 0; // the titles line up after the longest name
    for (const ModelTemplate &t : templateCatalog())
        width = std::max(width, t.name.size() + 2);
    for (const ModelTemplate &t : templateCatalog())
        std::cout << t.name << std::string(width - t.name.size(), ' ') << t.title << " — " << t.description << "\n";
}

int runNew(const std::vector<std::string> &args)
{
    std::string name, output;
    bool force = false, list = false;
    ArgumentReader reader(args);
    while (reader.next()) {
        const std::string &option = reader.name();
        if (option == "--template" || option == "-o" || option == "--output") {
            std::string value;
            if (!reader.value(value) || value.empty()) {
                std::cerr << "seam-cli new: " << option << " needs a "
                          << (option == "-o" || option == "--output" ? "file name" : "template name") << "\n";
                return InvalidInput;
            }
            (option == "-o" || option == "--output" ? output : name) = value;
        } else if (option == "--force")
            force = true;
        else if (option == "--list-templates")
            list = true;
        else {
            std::cerr << "seam-cli new: unexpected argument '" << reader.raw() << "'\n";
            return InvalidInput;
        }
    }
    if (list) {
        listTemplates();
        return Ok;
    }
    if (name.empty()) {
        std::cerr << "seam-cli new: usage: seam-cli new --template NAME [-o FILE] [--force] | --list-templates\n";
        return InvalidInput;
    }
    const ModelTemplate *entry = findTemplate(name);
    if (!entry) {
        std::cerr << "seam-cli new: no template named '" << name << "'; the templates are: " << templateNames() << "\n";
        return InvalidInput;
    }
    const std::optional<std::string> text = templateText(*entry);
    if (!text) {
        std::cerr << "seam-cli new: the template '" << name << "' is missing from this build\n";
        return InvalidInput;
    }
    const std::string target = output.empty() ? std::string(entry->name) + ".seam.yaml" : output;
    std::error_code error;
    if (!force && std::filesystem::exists(std::filesystem::symlink_status(target, error))) {
        std::cerr << "seam-cli new: " << target << " exists; use --force to replace it, or choose another name\n";
        return InvalidInput;
    }
    // A template is YAML with a header comment; asked for JSON, write the same model as JSON.
    std::string bytes = *text;
    if (formatForPath(target) == FileFormat::Json) {
        const LoadResult loaded = loadModelFromString(*text, std::string(entry->file), FileFormat::Yaml);
        if (!loaded.ok()) {
            for (const Diagnostic &d : loaded.diagnostics)
                std::cerr << d.toString() << "\n";
            return InvalidInput;
        }
        bytes = saveModelToString(*loaded.model, FileFormat::Json);
    }
    if (const std::string failure = saveModelText(bytes, target); !failure.empty()) {
        std::cerr << "seam-cli new: " << failure << "\n";
        return InvalidInput;
    }
    std::cout << "wrote " << target << " (" << entry->title << ")\n";
    return Ok;
}

const CommandRegistration registration({
    "new",
    "start a model from a starter template (trading, iot, saas, …)",
    "Usage: seam-cli new --template NAME [-o FILE] [--force]\n"
    "       seam-cli new --list-templates\n\n"
    "Writes the starter model NAME to FILE (default: NAME.seam.yaml in the current folder),\n"
    "the same models the editor offers under File ▸ New from Template. Each one holds the\n"
    "usual components and integrations of its domain, and a few gaps on purpose: run\n"
    "'seam-cli lint FILE' to see what a reviewer would ask about first.\n"
    "An existing FILE is not replaced unless --force is given; the write is atomic.\n"
    "A FILE ending in .json gets the same model as JSON.\n"
    "--list-templates prints each template's name, title and description.\n"
    "Exit status: 0 written or listed, 2 unknown template, existing file or usage.\n",
    runNew,
});

} // namespace
} // namespace seam::cli
