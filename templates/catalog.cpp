#include "catalog.h"

#include <QFile>

#include <algorithm>

namespace seam {
namespace {

// Each file is a .seam.yaml in canonical form beside this one (tests/templates checks that
// each loads, is canonical and gives a handful of review findings).
constexpr ModelTemplate catalog[] = {
    {"trading", "Trading platform",
     "Exchange feeds, order gateway, matching engine, risk checks, trade store and settlement.", "trading.seam.yaml"},
    {"realtime", "Real-time event processing",
     "Event sources into a broker, stream processing with a state store, live pushes to dashboards.",
     "realtime.seam.yaml"},
    {"ecommerce", "E-commerce shop",
     "Storefront, gateway, catalog, cart, orders, inventory, payments, search and shipping.", "ecommerce.seam.yaml"},
    {"cms", "Headless CMS",
     "Authoring UI, content repository, publishing workflow, delivery API, search index and CDN.", "cms.seam.yaml"},
    {"iot", "IoT device platform",
     "Devices over MQTT, edge gateway, device registry, telemetry stream, time-series store, OTA and alerts.",
     "iot.seam.yaml"},
    {"ml-pipeline", "Machine learning pipeline",
     "Ingestion, feature store, orchestrated training, model registry, online serving and drift monitoring.",
     "ml-pipeline.seam.yaml"},
    {"devtools", "Developer tools platform",
     "Git hosting, CI/CD, artifact and container registries, security scans, issue tracker and chat.",
     "devtools.seam.yaml"},
    {"saas", "Multi-tenant SaaS",
     "Tenant-aware gateway, identity, core app, per-tenant config, metering, billing provider and webhooks.",
     "saas.seam.yaml"},
    {"lakehouse", "Data lakehouse",
     "Batch and streaming ingestion, object storage, catalog, query engine, transformations and BI.",
     "lakehouse.seam.yaml"},
    {"ai-agents", "AI agent orchestration",
     "Agent orchestrator, LLM provider, tool layer, conversation state, human review and audit trail.",
     "ai-agents.seam.yaml"},
    {"enterprise-integration", "Enterprise integration platform",
     "API management, message bus, adapters for ERP, CRM and SFTP partners, transformations and orchestration.",
     "enterprise-integration.seam.yaml"},
};

} // namespace

std::span<const ModelTemplate> templateCatalog()
{
    return catalog;
}

const ModelTemplate *findTemplate(std::string_view name)
{
    const auto it
        = std::find_if(std::begin(catalog), std::end(catalog), [&](const ModelTemplate &t) { return t.name == name; });
    return it == std::end(catalog) ? nullptr : &*it;
}

std::string templateNames()
{
    std::string names;
    for (const ModelTemplate &t : catalog) {
        if (!names.empty())
            names += ", ";
        names += t.name;
    }
    return names;
}

std::optional<std::string> templateText(const ModelTemplate &entry)
{
    QFile file(QStringLiteral(":/seam/templates/")
               + QString::fromUtf8(entry.file.data(), qsizetype(entry.file.size())));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

} // namespace seam
