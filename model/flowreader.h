#pragma once
// Reading a flow's journey keys (docs/model-format.md, "Flow"): `driver`, and steps written as
// integration ids (v1) or as maps naming an operation or event, groups of branches, how often a
// step runs and what compensates it. Checks that need the whole model (is that operation one the
// integration calls?) run in check() once it is read.

#include "fieldreader.h"

#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace seam::reading {

class FlowReader {
public:
    // Receives each integration or component id a flow names, to be checked with the model's ids.
    using NameSink = std::function<void(const std::string &name, Mark mark, const std::string &context)>;

    FlowReader(Reader &reader, NameSink integration, NameSink component);

    // The flow's `driver` and `steps`; `f` is the flow's map, `context` "flow 'checkout'".
    void readFlow(Reader::Fields &f, Flow &flow, const std::string &context);

    // Operations and events named by steps and compensations against the integrations' contracts.
    void check(const Model &model);

private:
    void readSteps(const SourceNode &list, std::vector<FlowStep> &out, const std::string &context);
    FlowStep step(const SourceNode &node, const std::string &context);
    void readCall(Reader::Fields &f, FlowStep &step, const SourceNode &integration, const std::string &context);
    void readGroup(Reader::Fields &f, FlowStep &step, std::string_view key, const std::string &context);
    FlowBranch branch(const SourceNode &node, StepGroup group, const std::string &context);
    std::optional<Compensation> compensation(const SourceNode &node, const std::string &context);
    void readContractName(Reader::Fields &f, const std::string &integration, std::optional<std::string> &operation,
                          std::optional<std::string> &event, const std::string &context);
    void checkCompensationSteps();

    // An operation or event a step names, checked in check().
    struct ContractName {
        std::string integration;
        std::string name;
        bool event = false;
        Mark mark;
        std::string context;
    };
    // A compensation naming a step, checked once the flow's steps are read.
    struct StepName {
        std::string name;
        Mark mark;
        std::string context;
    };

    // A "did you mean" among `candidates`, within the shared budget of limits::kMaxSuggestions hints
    // and kMaxSuggestionComparisons compared names (each hint compares with every candidate).
    std::string hint(std::string_view name, std::span<const std::string_view> candidates);

    Reader &m_reader;
    NameSink m_integration, m_component;
    size_t m_hints = 0, m_compared = 0;
    std::vector<ContractName> m_contractNames;
    // Of the flow being read: the step ids it declares and the ones its compensations name.
    std::unordered_map<std::string, Mark> m_stepIds;
    std::vector<StepName> m_stepNames;
};

} // namespace seam::reading
