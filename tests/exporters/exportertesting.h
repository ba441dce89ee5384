#pragma once
// What the exporter tests share: where their data and the examples are, and a
// loader that stops the test run when a fixture model does not load.

#include "model/modelio.h"

#include <QString>
#include <QtGlobal>

namespace seam::testing {

inline const QString kTestDir = QStringLiteral(SEAM_EXPORTER_TEST_DIR);
inline const QString kExamples = QStringLiteral(SEAM_EXAMPLES_DIR);

inline Model loadOrFail(const QString &path)
{
    LoadResult loaded = loadModelFromFile(path.toStdString());
    for (const Diagnostic &d : loaded.diagnostics)
        qWarning("%s", d.toString().c_str());
    if (!loaded.ok())
        qFatal("cannot load %s", qPrintable(path));
    return *loaded.model;
}

} // namespace seam::testing
