#pragma once
// What the OpenAPI import/export tests share: importing a document, exporting a model's
// OpenAPI files, and parsing a document into JSON with the project's tree reader.

#include "exportertesting.h"

#include "exporters/exporter.h"
#include "exporters/schemaconvert.h"
#include "importers/importer.h"
#include "tests/common/specdocument.h"

#include <QFile>
#include <QtTest>
#include <nlohmann/json.hpp>

#include <string>

namespace seam::testing {

using test::diagnosticsText;

inline const QString kOpenApiData = kTestDir + QStringLiteral("/data/openapi/");

inline std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

inline ImportResult importDocument(const std::string &text, const std::string &path)
{
    const Importer *importer = findImporter("openapi");
    if (!importer)
        qFatal("the openapi importer is not registered");
    ImportResult result;
    importer->run({path, text}, result);
    return result;
}

// The document as JSON (key order is not part of a document's meaning).
inline nlohmann::json parseDocument(const std::string &text, const std::string &name)
{
    Diagnostics diagnostics;
    nlohmann::json document = test::specDocumentJson(text, name, diagnostics);
    if (document.is_null())
        qFatal("%s does not parse: %s", name.c_str(), test::diagnosticsText(diagnostics).c_str());
    return document;
}

inline ExportResult exportOpenApi(const Model &model)
{
    const Exporter *exporter = findExporter("openapi");
    if (!exporter)
        qFatal("the openapi exporter is not registered");
    return exporter->run(model, {});
}

} // namespace seam::testing
