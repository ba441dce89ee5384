// The defaults the format defines apply when a field is absent, and are never written back.
#include "model/modelio.h"

#include <QTest>

using namespace seam;

namespace {
template <typename E> QString spelled(E value)
{
    const std::string_view name = seam::toString(value);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}
template <typename E> QString spelled(std::optional<E> value)
{
    return value ? spelled(*value) : QString("(none)");
}
} // namespace

class DefaultsTest : public QObject {
    Q_OBJECT

    Model m_model;

private slots:
    void initTestCase()
    {
        const std::string text = R"(seam: 1
name: Defaults
components:
  - { id: browser, kind: client }
  - { id: stripe, kind: external }
  - { id: api, kind: service }
  - { id: edge, kind: gateway, zone: dmz }
  - { id: jobs, kind: queue }
integrations:
  - { id: call, from: browser, to: api, pattern: rest }
  - { id: enqueue, from: api, to: jobs, pattern: queue }
  - { id: plain, from: api, to: stripe, pattern: rest, security: { tls: false } }
  - { id: once, from: jobs, to: api, pattern: queue, delivery: exactly-once }
)";
        const LoadResult loaded = loadModelFromString(text, "d.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        m_model = *loaded.model;
    }

    void zonesFollowKinds()
    {
        QCOMPARE(spelled(m_model.findComponent("browser")->effectiveZone()), spelled(Zone::Public));
        QCOMPARE(spelled(m_model.findComponent("stripe")->effectiveZone()), spelled(Zone::ThirdParty));
        QCOMPARE(spelled(m_model.findComponent("api")->effectiveZone()), spelled(Zone::Internal));
        QCOMPARE(spelled(m_model.findComponent("edge")->effectiveZone()), spelled(Zone::Dmz));
        QCOMPARE(spelled(m_model.findComponent("jobs")->effectiveZone()), spelled(Zone::Internal));
        QCOMPARE(m_model.findComponent("api")->displayName(), std::string("api")); // name defaults to the id
    }

    void tlsIsOnUnlessWritten()
    {
        QVERIFY(m_model.findIntegration("call")->tlsEnabled());
        QVERIFY(!m_model.findIntegration("plain")->tlsEnabled());
    }

    void asyncDeliveryIsAtLeastOnce()
    {
        QCOMPARE(spelled(m_model.findIntegration("enqueue")->effectiveDelivery()),
                 spelled(std::optional(Delivery::AtLeastOnce)));
        QCOMPARE(spelled(m_model.findIntegration("once")->effectiveDelivery()),
                 spelled(std::optional(Delivery::ExactlyOnce)));
        QCOMPARE(spelled(m_model.findIntegration("call")->effectiveDelivery()), QString("(none)"));
        QCOMPARE(spelled(m_model.findIntegration("call")->effectiveIdempotency()), spelled(Idempotency::None));
    }

    void lintThresholdDefaults()
    {
        const LintSettings lint = m_model.lintSettings();
        QCOMPARE(lint.syncDepth(), 3);
        QCOMPARE(lint.retryAttempts(), 10);
        QCOMPARE(lint.syncFanOut(), 5);
    }

    void defaultsAreNotWritten()
    {
        const std::string saved = saveModelToString(m_model, FileFormat::Yaml);
        QVERIFY2(saved.find("zone: public") == std::string::npos, saved.c_str());
        QVERIFY2(saved.find("zone: internal") == std::string::npos, saved.c_str());
        QVERIFY2(saved.find("at-least-once") == std::string::npos, saved.c_str());
        QVERIFY2(saved.find("tls: true") == std::string::npos, saved.c_str());
        QVERIFY2(saved.find("name: api") == std::string::npos, saved.c_str());
        QVERIFY2(saved.find("zone: dmz") != std::string::npos, saved.c_str());
        QVERIFY2(saved.find("tls: false") != std::string::npos, saved.c_str());
        QVERIFY2(saved.find("layout") == std::string::npos, saved.c_str());
        QVERIFY2(saved.find("schemas") == std::string::npos, saved.c_str());
    }
};

QTEST_GUILESS_MAIN(DefaultsTest)
#include "tst_defaults.moc"
