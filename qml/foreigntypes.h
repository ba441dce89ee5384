#pragma once
// QML registration of the editor core (views/) without putting QML macros into
// it: the core stays usable from plain C++ tests, QML sees these names.

#include "views/autolayoutcontroller.h"
#include "views/componentlistmodel.h"
#include "views/document.h"
#include "views/elementeditor.h"
#include "views/flowlistmodel.h"
#include "views/integrationlistmodel.h"
#include "views/lintrunner.h"
#include "views/problemlistmodel.h"
#include "views/recentfiles.h"
#include "views/recovery.h"
#include "views/routecontroller.h"
#include "views/selection.h"

#include <QtQml/qqmlregistration.h>

namespace seam {

struct DocumentForeign {
    Q_GADGET
    QML_FOREIGN(seam::Document)
    QML_NAMED_ELEMENT(Document)
};

struct SelectionForeign {
    Q_GADGET
    QML_FOREIGN(seam::Selection)
    QML_NAMED_ELEMENT(Selection)
};

struct ElementEditorForeign {
    Q_GADGET
    QML_FOREIGN(seam::ElementEditor)
    QML_NAMED_ELEMENT(ElementEditor)
};

struct FlowListModelForeign {
    Q_GADGET
    QML_FOREIGN(seam::FlowListModel)
    QML_NAMED_ELEMENT(FlowListModel)
};

struct AutoLayoutControllerForeign {
    Q_GADGET
    QML_FOREIGN(seam::AutoLayoutController)
    QML_NAMED_ELEMENT(AutoLayoutController)
};

struct RouteControllerForeign {
    Q_GADGET
    QML_FOREIGN(seam::RouteController)
    QML_NAMED_ELEMENT(RouteController)
};

struct RecentFilesForeign {
    Q_GADGET
    QML_FOREIGN(seam::RecentFiles)
    QML_NAMED_ELEMENT(RecentFiles)
};

// Owned by the Document: visible to QML as property types only.
struct ComponentListModelForeign {
    Q_GADGET
    QML_FOREIGN(seam::ComponentListModel)
    QML_NAMED_ELEMENT(ComponentListModel)
    QML_UNCREATABLE("owned by Document")
};

struct IntegrationListModelForeign {
    Q_GADGET
    QML_FOREIGN(seam::IntegrationListModel)
    QML_NAMED_ELEMENT(IntegrationListModel)
    QML_UNCREATABLE("owned by Document")
};

struct ProblemListModelForeign {
    Q_GADGET
    QML_FOREIGN(seam::ProblemListModel)
    QML_NAMED_ELEMENT(ProblemListModel)
    QML_UNCREATABLE("owned by Document")
};

struct LintRunnerForeign {
    Q_GADGET
    QML_FOREIGN(seam::LintRunner)
    QML_NAMED_ELEMENT(LintRunner)
    QML_UNCREATABLE("owned by Document")
};

struct RecoveryForeign {
    Q_GADGET
    QML_FOREIGN(seam::Recovery)
    QML_NAMED_ELEMENT(Recovery)
    QML_UNCREATABLE("owned by Document")
};

} // namespace seam
