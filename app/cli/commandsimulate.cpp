// seam-cli simulate: what-if for one model. Components named down or slow; the report says
// which flows break or degrade and why, which breakers open, where retries multiply load,
// which queues fill and which clients notice (model/simulate.h does the reasoning).

#include "commandregistry.h"

#include "model/numbertext.h"
#include "model/simulate.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>

namespace seam::cli {

namespace {

using nlohmann::json;

constexpr std::string_view kUsage
    = "Usage: seam-cli simulate FILE --down ID[,ID...] [--slow ID=+MS ...] [--format text|json|markdown]\n"
      "\n"
      "What happens when components are down or slow: for every flow, whether it breaks, degrades\n"
      "(a fallback, a queue or a breaker takes the hit) or is unaffected, and why; which circuit\n"
      "breakers open; where retries multiply load (calls per second from sla.throughput_rps ×\n"
      "attempts along the chain); which timeouts trip; which queues and dead-letter queues fill;\n"
      "and which clients notice.\n"
      "\n"
      "  --down ID[,ID...]       components that answer nothing (repeatable)\n"
      "  --slow ID=+MS           a component answers MS milliseconds later: +500ms, 500, +1.5s\n"
      "                          (repeatable)\n"
      "  --format FORMAT         text (default), json or markdown\n"
      "\n"
      "Exit status: 0 no flow with an SLA breaks, 1 one does (for CI gates), 2 invalid model or\n"
      "usage (an unknown id is named with the closest one).\n";

enum class Format { Text, Json, Markdown };

struct Options {
    std::string file;
    Scenario scenario;
    Format format = Format::Text;
};

int usageError(const std::string &message)
{
    std::cerr << "seam-cli simulate: " << message << "\n" << kUsage;
    return InvalidInput;
}

// "+500ms", "500", "+1.5s" → milliseconds; false when it is none of those.
bool parseDuration(std::string_view text, double &ms)
{
    if (text.starts_with('+'))
        text.remove_prefix(1);
    double scale = 1;
    if (text.ends_with("ms"))
        text.remove_suffix(2);
    else if (text.ends_with('s')) {
        text.remove_suffix(1);
        scale = 1000;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !(value >= 0) || value > 1e12)
        return false;
    ms = value * scale;
    return true;
}

std::string parseOptions(const std::vector<std::string> &args, Options &options)
{
    ArgumentReader reader(args);
    while (reader.next()) {
        const std::string &arg = reader.name();
        std::string value;
        if (arg == "--down") {
            if (!reader.value(value) || value.empty())
                return "--down needs component ids: --down ID[,ID...]";
            size_t start = 0;
            while (start <= value.size()) {
                const size_t comma = std::min(value.find(',', start), value.size());
                const std::string id = value.substr(start, comma - start);
                if (id.empty())
                    return "--down " + value + ": an empty id between commas";
                options.scenario.down.push_back(id);
                start = comma + 1;
            }
        } else if (arg == "--slow") {
            if (!reader.value(value))
                return "--slow needs ID=+MS, e.g. --slow payments=+500ms";
            const size_t equals = value.find('=');
            SlowComponent slow;
            if (equals == std::string::npos || equals == 0 || !parseDuration(value.substr(equals + 1), slow.addedMs))
                return "--slow " + value + ": expected ID=+MS, e.g. payments=+500ms";
            slow.id = value.substr(0, equals);
            options.scenario.slow.push_back(slow);
        } else if (arg == "--format") {
            if (!reader.value(value))
                return "--format needs a value: text, json or markdown";
            if (value == "text")
                options.format = Format::Text;
            else if (value == "json")
                options.format = Format::Json;
            else if (value == "markdown")
                options.format = Format::Markdown;
            else
                return "unknown format '" + value + "'; use text, json or markdown";
        } else if (arg.starts_with("-") && arg != "-") {
            return "unknown option '" + reader.raw() + "'";
        } else if (!options.file.empty()) {
            return "one model file at a time (got " + options.file + " and " + arg + ")";
        } else {
            options.file = arg;
        }
    }
    if (options.file.empty())
        return "no model file given";
    if (options.scenario.down.empty() && options.scenario.slow.empty())
        return "nothing to simulate: give --down or --slow";
    return {};
}

std::string scenarioText(const Scenario &scenario)
{
    std::string text;
    for (const std::string &id : scenario.down)
        text += (text.empty() ? "" : ", ") + id + " down";
    for (const SlowComponent &slow : scenario.slow)
        text += (text.empty() ? "" : ", ") + slow.id + " +" + formatNumber(slow.addedMs) + " ms";
    return text;
}

std::string loadText(const LoadImpact &load)
{
    std::string text = load.callsPerSecond ? formatRounded(*load.callsPerSecond, 1) + " calls/s"
                                           : "× " + formatRounded(load.factor, 0) + " per entry call";
    text += " (" + load.chain + ")";
    if (load.breaker)
        text += ", until its circuit breaker opens";
    return text;
}

size_t countOf(const SimulationResult &result, Effect effect)
{
    return size_t(std::count_if(result.flows.begin(), result.flows.end(),
                                [&](const FlowImpact &flow) { return flow.effect == effect; }));
}

std::string summary(const SimulationResult &result)
{
    const size_t slaBroken = size_t(std::count_if(result.flows.begin(), result.flows.end(), [](const FlowImpact &f) {
        return f.hasSla && f.effect == Effect::Broken;
    }));
    return std::to_string(countOf(result, Effect::Broken)) + " flows broken (" + std::to_string(slaBroken)
        + " with an SLA), " + std::to_string(countOf(result, Effect::Degraded)) + " degraded, "
        + std::to_string(countOf(result, Effect::Unaffected)) + " unaffected; " + std::to_string(result.breakers.size())
        + " breakers open, " + std::to_string(result.queues.size()) + " queues affected, "
        + std::to_string(result.clients.size()) + " clients notice";
}

void printText(const Options &options, const SimulationResult &result)
{
    std::cout << options.file << ": " << scenarioText(options.scenario) << "\n";
    std::cout << "flows:\n";
    if (result.flows.empty())
        std::cout << "  (the model has no flows)\n";
    for (const FlowImpact &flow : result.flows) {
        std::cout << "  " << effectName(flow.effect) << ": " << flow.flow;
        if (flow.name != flow.flow)
            std::cout << " (" << flow.name << ")";
        if (flow.hasSla)
            std::cout << " [sla]";
        std::cout << "\n";
        for (const std::string &reason : flow.reasons)
            std::cout << "      " << reason << "\n";
    }
    const auto section = [](const char *title, bool empty) { std::cout << title << (empty ? " none\n" : "\n"); };
    section("breakers that open:", result.breakers.empty());
    for (const BreakerImpact &b : result.breakers)
        std::cout << "  " << b.integration << " (" << b.from << " → " << b.to << "): " << b.reason << "\n";
    section("failing calls and their load:", result.loads.empty());
    for (const LoadImpact &load : result.loads)
        std::cout << "  " << load.integration << " (" << load.from << " → " << load.to << "): " << loadText(load)
                  << "\n";
    section("timeouts that trip:", result.timeouts.empty());
    for (const TimeoutImpact &t : result.timeouts)
        std::cout << "  " << t.integration << " (" << t.from << " → " << t.to << "): " << t.to << " answers in "
                  << formatRounded(t.calleeMs, 0) << " ms, timeout_ms " << formatNumber(t.timeoutMs) << "\n";
    section("queues:", result.queues.empty());
    for (const QueueImpact &q : result.queues)
        std::cout << "  " << q.destination << (q.deadLetter ? " dead-letter queue of " + q.integration : "")
                  << (q.lost ? " (messages lost)" : "") << ": " << q.reason << "\n";
    section("blast radius (clients):", result.clients.empty());
    for (const ClientImpact &c : result.clients)
        std::cout << "  " << c.client << " " << effectName(c.effect) << ": " << c.reason << "\n";
    std::cout << options.file << ": " << summary(result) << "\n";
}

json toJson(const Options &options, const SimulationResult &result)
{
    json scenario {{"down", options.scenario.down}, {"slow", json::array()}};
    for (const SlowComponent &slow : options.scenario.slow)
        scenario["slow"].push_back({{"component", slow.id}, {"added_ms", slow.addedMs}});
    json flows = json::array();
    for (const FlowImpact &flow : result.flows) {
        json entry {{"flow", flow.flow},
                    {"name", flow.name},
                    {"effect", effectName(flow.effect)},
                    {"sla", flow.hasSla},
                    {"reasons", flow.reasons},
                    {"added_ms", flow.addedMs},
                    {"estimated_ms", flow.estimatedMs}};
        if (flow.budgetMs)
            entry["budget_ms"] = *flow.budgetMs;
        flows.push_back(entry);
    }
    json breakers = json::array();
    for (const BreakerImpact &b : result.breakers)
        breakers.push_back({{"integration", b.integration}, {"from", b.from}, {"to", b.to}, {"reason", b.reason}});
    json loads = json::array();
    for (const LoadImpact &l : result.loads) {
        json entry {{"integration", l.integration}, {"from", l.from},   {"to", l.to},
                    {"factor", l.factor},           {"chain", l.chain}, {"breaker", l.breaker}};
        entry["calls_per_second"] = l.callsPerSecond ? json(*l.callsPerSecond) : json();
        loads.push_back(entry);
    }
    json timeouts = json::array();
    for (const TimeoutImpact &t : result.timeouts)
        timeouts.push_back({{"integration", t.integration},
                            {"from", t.from},
                            {"to", t.to},
                            {"timeout_ms", t.timeoutMs},
                            {"callee_ms", t.calleeMs}});
    json queues = json::array();
    for (const QueueImpact &q : result.queues)
        queues.push_back({{"destination", q.destination},
                          {"integration", q.integration},
                          {"consumer", q.consumer},
                          {"dead_letter", q.deadLetter},
                          {"lost", q.lost},
                          {"reason", q.reason}});
    json clients = json::array();
    for (const ClientImpact &c : result.clients)
        clients.push_back({{"client", c.client}, {"effect", effectName(c.effect)}, {"reason", c.reason}});
    return {{"file", options.file},
            {"scenario", scenario},
            {"flows", flows},
            {"breakers", breakers},
            {"loads", loads},
            {"timeouts", timeouts},
            {"queues", queues},
            {"clients", clients},
            {"summary",
             {{"broken", countOf(result, Effect::Broken)},
              {"degraded", countOf(result, Effect::Degraded)},
              {"unaffected", countOf(result, Effect::Unaffected)},
              {"sla_broken", result.slaFlowBroken()}}}};
}

// Table cells: a '|' or a line break would end the cell.
std::string cell(std::string text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

void printMarkdown(const Options &options, const SimulationResult &result)
{
    std::cout << "# What if: " << cell(scenarioText(options.scenario)) << "\n\n" << summary(result) << ".\n\n";
    std::cout << "## Flows\n\n| Flow | Effect | SLA | Why |\n| --- | --- | --- | --- |\n";
    for (const FlowImpact &flow : result.flows) {
        std::string why;
        for (const std::string &reason : flow.reasons)
            why += (why.empty() ? "" : "<br>") + cell(reason);
        std::cout << "| " << cell(flow.name) << " | " << (flow.effect == Effect::Unaffected ? "" : "**")
                  << effectName(flow.effect) << (flow.effect == Effect::Unaffected ? "" : "**") << " | "
                  << (flow.hasSla ? "yes" : "") << " | " << why << " |\n";
    }
    if (!result.breakers.empty()) {
        std::cout << "\n## Breakers that open\n\n";
        for (const BreakerImpact &b : result.breakers)
            std::cout << "- `" << b.integration << "` (" << b.from << " → " << b.to << "): " << b.reason << "\n";
    }
    if (!result.loads.empty()) {
        std::cout << "\n## Failing calls and their load\n\n| Integration | Calls | Chain |\n| --- | --- | --- |\n";
        for (const LoadImpact &l : result.loads)
            std::cout << "| `" << l.integration << "` | "
                      << (l.callsPerSecond ? formatRounded(*l.callsPerSecond, 1) + "/s"
                                           : "× " + formatRounded(l.factor, 0))
                      << " | " << cell(l.chain) << (l.breaker ? " (until the breaker opens)" : "") << " |\n";
    }
    if (!result.timeouts.empty()) {
        std::cout << "\n## Timeouts that trip\n\n";
        for (const TimeoutImpact &t : result.timeouts)
            std::cout << "- `" << t.integration << "`: " << t.to << " answers in " << formatRounded(t.calleeMs, 0)
                      << " ms, timeout " << formatNumber(t.timeoutMs) << " ms\n";
    }
    if (!result.queues.empty()) {
        std::cout << "\n## Queues\n\n";
        for (const QueueImpact &q : result.queues)
            std::cout << "- " << q.destination
                      << (q.deadLetter ? " (dead-letter queue of `" + q.integration + "`)" : "") << ": " << q.reason
                      << "\n";
    }
    std::cout << "\n## Blast radius\n\n";
    if (result.clients.empty())
        std::cout << "No client notices.\n";
    for (const ClientImpact &c : result.clients)
        std::cout << "- " << c.client << ": " << effectName(c.effect) << " (" << c.reason << ")\n";
}

int runSimulate(const std::vector<std::string> &args)
{
    Options options;
    if (const std::string error = parseOptions(args, options); !error.empty())
        return usageError(error);
    const LoadResult loaded = loadReportingDiagnostics(options.file);
    if (!loaded.ok())
        return InvalidInput;
    if (const auto error = checkScenario(*loaded.model, options.scenario)) {
        std::cerr << "seam-cli simulate: " << error->argument << " " << error->id << ": " << options.file
                  << " has no component '" << error->id << "'";
        if (!error->closest.empty())
            std::cerr << "; did you mean '" << error->closest << "'?";
        std::cerr << "\n";
        return InvalidInput;
    }
    const SimulationResult result = simulate(*loaded.model, options.scenario);
    switch (options.format) {
    case Format::Text:
        printText(options, result);
        break;
    case Format::Json:
        std::cout << toJson(options, result).dump(2) << "\n";
        break;
    case Format::Markdown:
        printMarkdown(options, result);
        break;
    }
    return result.slaFlowBroken() ? Findings : Ok;
}

const CommandRegistration registration {Command {
    "simulate", "what-if: which flows break when components are down or slow", std::string(kUsage), runSimulate}};

} // namespace

} // namespace seam::cli
