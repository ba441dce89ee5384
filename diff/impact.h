#pragma once
// Who depends on an element of one model: the consumer integrations that reach it and the
// flows that go through those integrations (modeldiff.h, Impact).

#include "modeldiff.h"

#include "model/modelindex.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace seam::diff {

class ImpactFinder {
public:
    // Resolves the model once (ends, channels, flows by step): each question is then linear in
    // the integrations at one component, not in the model, so a 10k-component diff stays fast.
    explicit ImpactFinder(const Model &model);

    // Integrations ending at the component (for a queue or topic: starting there too).
    Impact component(const std::string &id) const;
    // No consumers: the flows that use the integration.
    Impact integration(const std::string &id) const;
    Impact api(const std::string &component, const std::string &api) const;
    Impact operation(const std::string &component, const std::string &api, const std::string &operation) const;
    Impact channel(const std::string &component, const std::string &channel) const;
    Impact event(const std::string &component, const std::string &channel, const std::string &event) const;
    // An operation or event written inline on an integration: that integration is its consumer.
    Impact inlineContract(const std::string &integration) const;
    // Every operation and event that exchanges the schema, directly or through `$ref`.
    Impact schema(const std::string &name) const;
    Impact flow(const std::string &id) const;

private:
    Impact ofConsumers(const std::set<std::string> &integrations) const;
    // Positions of the integrations ending at component `id` (empty for an unknown id).
    const std::vector<int> &incoming(const std::string &id) const;
    // Positions of the integrations whose destination end (contracts.h) is component `id`.
    const std::vector<int> &atDestination(const std::string &id) const;

    const Model &m_model;
    ModelIndex m_index;
    std::vector<std::string> m_channel; // per integration: the channel it uses on its destination, or ""
    std::unordered_map<std::string, std::vector<int>> m_atDestination;
    std::unordered_map<std::string, std::vector<std::string>> m_flowsByStep; // integration id -> flow ids
};

// Both impacts, each list sorted and without repeats.
Impact mergeImpact(const Impact &a, const Impact &b);

} // namespace seam::diff
