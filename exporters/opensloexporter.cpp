#include "opensloexporter.h"
#include "yamlfile.h"

#include "common.h"
#include "runtimeconfig.h"
#include "sloobjectives.h"

#include "model/constraints.h"

#include <yaml-cpp/yaml.h>

#include <set>

namespace seam {

namespace {

void beginObject(YAML::Emitter &out, const char *kind, const std::string &name, const std::string &displayName)
{
    out << YAML::BeginDoc << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "openslo/v1";
    out << YAML::Key << "kind" << YAML::Value << kind;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << name;
    if (!displayName.empty())
        out << YAML::Key << "displayName" << YAML::Value << displayName;
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
}

void endObject(YAML::Emitter &out)
{
    out << YAML::EndMap << YAML::EndMap << YAML::EndDoc;
}

// A counter of the ratio, as Prometheus sums it; the SLO tool takes the rates itself (`counter: true`).
void metric(YAML::Emitter &out, const char *role, const std::string &series)
{
    out << YAML::Key << role << YAML::Value << YAML::BeginMap << YAML::Key << "metricSource" << YAML::Value
        << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << "Prometheus";
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap << YAML::Key << "query" << YAML::Value
        << "sum(" + series + ")" << YAML::EndMap;
    out << YAML::EndMap << YAML::EndMap;
}

std::string alertPolicyName(const std::string &owner, const BurnAlert &alert)
{
    return slug(owner) + "-" + alert.severity + "-" + alert.longWindow;
}

// Whether every policy name of the owner is a DNS label, as OpenSLO names must be.
bool ownerNamesFit(const std::string &owner)
{
    for (const BurnAlert &alert : kBurnAlerts)
        if (!isDnsLabel(alertPolicyName(owner, alert) + "-burn"))
            return false;
    return true;
}

std::string percent(double share)
{
    return formatRounded(share * 100, 6) + "%";
}

void sli(YAML::Emitter &out, const SloObjective &slo)
{
    beginObject(out, "SLI", slug(slo.id), "");
    out << YAML::Key << "description" << YAML::Value
        << (slo.badSeries.empty() ? "Share of requests answered within the latency target"
                                  : "Share of requests that did not fail");
    out << YAML::Key << "ratioMetric" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "counter" << YAML::Value << true;
    if (slo.badSeries.empty())
        metric(out, "good", slo.goodSeries);
    else
        metric(out, "bad", slo.badSeries);
    metric(out, "total", slo.totalSeries);
    out << YAML::EndMap;
    endObject(out);
}

void sloDocument(YAML::Emitter &out, const Component &component, const SloObjective &slo)
{
    beginObject(out, "SLO", slug(slo.id), component.displayName() + " " + slo.id.substr(component.id.size() + 1));
    out << YAML::Key << "description" << YAML::Value
        << component.displayName() + ": " + percent(slo.objective) + " of requests "
            + (slo.badSeries.empty() ? "within the latency target" : "succeed") + " over " + kSloBudgetWindow;
    out << YAML::Key << "service" << YAML::Value << slug(component.id);
    out << YAML::Key << "indicatorRef" << YAML::Value << slug(slo.id);
    out << YAML::Key << "timeWindow" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "duration" << YAML::Value << kSloBudgetWindow;
    out << YAML::Key << "isRolling" << YAML::Value << true;
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "budgetingMethod" << YAML::Value << "Occurrences";
    out << YAML::Key << "objectives" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "displayName" << YAML::Value << percent(slo.objective);
    out << YAML::Key << "target" << YAML::Value << formatRounded(slo.objective, 9);
    out << YAML::EndMap << YAML::EndSeq;
    if (component.owner && ownerNamesFit(*component.owner)) {
        out << YAML::Key << "alertPolicies" << YAML::Value << YAML::BeginSeq;
        for (const BurnAlert &alert : kBurnAlerts)
            out << YAML::BeginMap << YAML::Key << "alertPolicyRef" << YAML::Value
                << alertPolicyName(*component.owner, alert) << YAML::EndMap;
        out << YAML::EndSeq;
    }
    endObject(out);
}

// The owner's alerts: one policy per burn rate (OpenSLO v1 allows one condition in a policy),
// sent to a target named after the owner, the label the prometheus export routes by.
void ownerAlerts(YAML::Emitter &out, const std::string &owner)
{
    const std::string target = slug(owner);
    for (const BurnAlert &alert : kBurnAlerts) {
        const std::string name = alertPolicyName(owner, alert);
        const std::string rate = formatRounded(alert.burnRate, 1);
        beginObject(out, "AlertPolicy", name, "");
        out << YAML::Key << "description" << YAML::Value
            << "Error budget burns at " + rate + "x over " + alert.longWindow
                + " (the prometheus export also requires it over " + alert.shortWindow
                + "; OpenSLO v1 has one window per condition)";
        out << YAML::Key << "alertWhenNoData" << YAML::Value << false;
        out << YAML::Key << "alertWhenResolved" << YAML::Value << false;
        out << YAML::Key << "alertWhenBreaching" << YAML::Value << true;
        out << YAML::Key << "conditions" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "kind" << YAML::Value << "AlertCondition";
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "name" << YAML::Value
            << name + "-burn" << YAML::EndMap;
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "severity" << YAML::Value << alert.severity;
        out << YAML::Key << "condition" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "kind" << YAML::Value << "burnrate";
        out << YAML::Key << "threshold" << YAML::Value << rate;
        out << YAML::Key << "lookbackWindow" << YAML::Value << alert.longWindow;
        out << YAML::Key << "alertAfter" << YAML::Value << "0m"; // as the rules: no `for`
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::EndMap << YAML::EndSeq;
        out << YAML::Key << "notificationTargets" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key
            << "targetRef" << YAML::Value << target << YAML::EndMap << YAML::EndSeq;
        endObject(out);
    }
    beginObject(out, "AlertNotificationTarget", target, owner);
    out << YAML::Key << "target" << YAML::Value << "alertmanager";
    out << YAML::Key << "description" << YAML::Value
        << "The Alertmanager route of owner=\"" + owner + "\", the label the prometheus export puts on the alerts";
    endObject(out);
}

} // namespace

std::string_view OpenSloExporter::description() const
{
    return "openslo/slos.yaml: OpenSLO v1 Services, SLIs, SLOs and burn-rate AlertPolicies per component SLA";
}

ExportResult OpenSloExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("OpenSLO v1 objectives of " + modelAndSource(model, options)
                         + ", generated by Seam over the series of prometheus/slo-rules.yaml.");
    std::set<std::string> owners;
    size_t services = 0;
    for (const Component &component : model.components) {
        const std::vector<SloObjective> objectives = sloObjectives(model, component);
        if (objectives.empty())
            continue;
        if (component.isThirdParty()) {
            result.warnings.push_back(elementName(component)
                                      + " is run by someone else: its SLA has no server metrics here; not exported");
            continue;
        }
        // OpenSLO names are DNS labels; the longest is the p95/p99 SLO's.
        if (!isDnsLabel(slug(objectives.back().id))) {
            result.warnings.push_back(elementName(component) + ": '" + slug(objectives.back().id)
                                      + "' is longer than an OpenSLO name may be (63); not exported");
            continue;
        }
        ++services;
        beginObject(out, "Service", slug(component.id), component.displayName());
        // OpenSLO descriptions hold at most 1050 characters.
        const bool described = component.description && component.description->size() <= 1050;
        out << YAML::Key << "description" << YAML::Value
            << (described ? *component.description : "The SLA of " + component.displayName());
        endObject(out);
        for (const SloObjective &slo : objectives) {
            sli(out, slo);
            sloDocument(out, component, slo);
        }
        if (component.owner && ownerNamesFit(*component.owner))
            owners.insert(*component.owner);
        else if (component.owner)
            result.warnings.push_back(elementName(component) + ": owner '" + *component.owner
                                      + "' is too long for OpenSLO names; its SLOs get no AlertPolicy");
        else
            result.warnings.push_back(elementName(component)
                                      + " has no owner: its SLOs get no AlertPolicy (OpenSLO needs a notification "
                                        "target)");
    }
    for (const std::string &owner : owners)
        ownerAlerts(out, owner);
    if (services == 0 && out.good())
        result.warnings.push_back("no component has an SLA: openslo/slos.yaml not written");
    else
        addYamlFile(result, out, "openslo", "openslo/slos.yaml");
    return result;
}

namespace {
const ExporterRegistration registration(87, std::make_unique<OpenSloExporter>());
}

} // namespace seam
