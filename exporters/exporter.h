#pragma once
// One exporter per output format, all behind this interface (like Tiled's MapFormat).
// Exporters are pure: model in, files (path relative to the output folder + bytes) out.

#include "model/model.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

struct ExportedFile {
    std::string relativePath; // e.g. "openapi/orders.yaml"
    std::string contents; // text, or bytes for images
};

struct ExportResult {
    std::vector<ExportedFile> files;
    std::vector<std::string> warnings; // e.g. a Mermaid diagram split because of size
    std::string error; // empty on success
    bool ok() const { return error.empty(); }
};

struct ExportOptions {
    std::string sourceFile; // the model file's path, for titles and lint line numbers
    // AsyncAPI version of every document: "3.0" or "2.6" (`seam-cli export --asyncapi-version`).
    // Empty: each application's own `x-asyncapi` extra (set by the importer), else 3.0.
    std::string asyncapiVersion;
};

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual std::string_view id() const = 0; // `--format` name: markdown, mermaid, openapi …
    virtual std::string_view description() const = 0; // one line for --help and the export dialog
    virtual ExportResult run(const Model &model, const ExportOptions &options) const = 0;
    // Whether run() needs a QGuiApplication (fonts): a front end without one starts it first.
    virtual bool needsGuiApplication() const { return false; }
};

// Every exporter, in the order `--format all` runs them.
const std::vector<std::unique_ptr<Exporter>> &exporters();
// The exporters behind a format id, `all` expanding to every exporter. Empty for an unknown id.
std::vector<const Exporter *> exportersFor(std::string_view id);
const Exporter *findExporter(std::string_view id);

// Each format's .cpp holds one static instance of this, so adding a format edits no central
// list. `order` places it in exporters() (markdown 10, html 11, pdf 12, mermaid 20, openapi 30, asyncapi 40,
// jsonschema 50, proto 60, graphql 70, resilience 80, resilience4j 81, istio 82, prometheus 83,
// networkpolicy 84, backstage 85, envoy 86, openslo 87, dot 90, svg 91, png 92).
// Static registrations only run if the object file is linked: consumers link the
// `seam_export_all` target, which pulls in the whole seam_export archive.
struct ExporterRegistration {
    ExporterRegistration(int order, std::unique_ptr<Exporter> exporter);
};

// Runs several exporters concurrently; results come back in the order of `chosen`.
std::vector<ExportResult> runExporters(const std::vector<const Exporter *> &chosen, const Model &model,
                                       const ExportOptions &options);

// Writes the result's files below `directory` (atomically, creating folders).
// Returns an empty string on success, else a message naming the file.
std::string writeExport(const ExportResult &result, const std::string &directory);

} // namespace seam
