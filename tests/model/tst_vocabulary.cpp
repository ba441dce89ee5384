// The vocabulary tables (model/vocabulary.h, model/enums.cpp): every row
// round-trips between its spelling and its enum value, and the traits the model
// derives from the rows mean what format v1 says (docs/model-format.md).

#include "model/model.h"
#include "model/vocabulary.h"

#include <QtTest>

#include <set>

using namespace seam;

namespace {

// Every value of E, by its position, spelled and parsed back.
template <typename E> void roundTrips(const char *name)
{
    const auto names = enumNames<E>();
    QVERIFY2(names.size() == enumCount<E>, name);
    std::set<std::string_view> seen;
    for (size_t i = 0; i < enumCount<E>; ++i) {
        const E value = static_cast<E>(i);
        const std::string_view spelling = toString(value);
        QVERIFY2(!spelling.empty(), name);
        QVERIFY2(seen.insert(spelling).second, qPrintable(QString("%1: %2 twice").arg(name).arg(spelling.data())));
        QVERIFY2(parseEnum<E>(spelling) == value, qPrintable(QString("%1: %2").arg(name).arg(spelling.data())));
    }
    QVERIFY(!parseEnum<E>("no-such-value"));
}

std::set<std::string_view> spellingsWhere(bool (*predicate)(const KindInfo &))
{
    std::set<std::string_view> out;
    for (const KindInfo &kind : kindTable())
        if (predicate(kind))
            out.insert(kind.spelling);
    return out;
}

} // namespace

class TestVocabulary : public QObject {
    Q_OBJECT

private slots:
    void kindRowsRoundTrip()
    {
        QCOMPARE(kindTable().size(), enumCount<ComponentKind>);
        for (size_t i = 0; i < kindTable().size(); ++i) {
            const KindInfo &row = kindTable()[i];
            QCOMPARE(size_t(row.value), i);
            QCOMPARE(&kindInfo(row.value), &row);
            QCOMPARE(toString(row.value), row.spelling);
            QVERIFY(parseEnum<ComponentKind>(row.spelling) == row.value);
            QVERIFY(!row.title.empty() && !row.description.empty() && !row.icon.empty());
            QCOMPARE(std::string(row.icon), "kind-" + std::string(row.spelling) + ".svg");
        }
    }

    void patternRowsRoundTrip()
    {
        QCOMPARE(patternTable().size(), enumCount<Pattern>);
        for (size_t i = 0; i < patternTable().size(); ++i) {
            const PatternInfo &row = patternTable()[i];
            QCOMPARE(size_t(row.value), i);
            QCOMPARE(&patternInfo(row.value), &row);
            QCOMPARE(toString(row.value), row.spelling);
            QVERIFY(parseEnum<Pattern>(row.spelling) == row.value);
            QCOMPARE(isSyncPattern(row.value), row.sync);
        }
    }

    void otherEnumsRoundTrip()
    {
        roundTrips<ComponentKind>("ComponentKind");
        roundTrips<Zone>("Zone");
        roundTrips<Pattern>("Pattern");
        roundTrips<Delivery>("Delivery");
        roundTrips<HttpMethod>("HttpMethod");
        roundTrips<GraphqlKind>("GraphqlKind");
        roundTrips<Backoff>("Backoff");
        roundTrips<Idempotency>("Idempotency");
        roundTrips<Auth>("Auth");
        roundTrips<Signature>("Signature");
        roundTrips<DataClass>("DataClass");
        roundTrips<RatePeriod>("RatePeriod");
        roundTrips<Severity>("Severity");
    }

    // Format v1: what each kind and pattern means must not move with the table.
    void kindMeaningsAreFormatV1()
    {
        using Set = std::set<std::string_view>;
        QCOMPARE(spellingsWhere([](const KindInfo &k) { return k.dataStore; }), (Set {"database", "cache"}));
        QCOMPARE(spellingsWhere([](const KindInfo &k) { return k.destination; }), (Set {"queue", "topic"}));
        QCOMPARE(spellingsWhere([](const KindInfo &k) { return k.defaultZone == Zone::Public; }), (Set {"client"}));
        QCOMPARE(spellingsWhere([](const KindInfo &k) { return k.defaultZone == Zone::ThirdParty; }),
                 (Set {"external"}));
        QCOMPARE(spellingsWhere([](const KindInfo &k) { return k.defaultZone == Zone::Internal; }).size(),
                 kindTable().size() - 2);
        std::set<std::string_view> sync, operations, messaging;
        for (const PatternInfo &p : patternTable()) {
            if (p.sync)
                sync.insert(p.spelling);
            if (p.operations)
                operations.insert(p.spelling);
            if (p.messaging)
                messaging.insert(p.spelling);
        }
        QCOMPARE(sync, (Set {"rest", "graphql", "grpc", "database"}));
        QCOMPARE(operations, (Set {"rest", "graphql", "grpc"}));
        QCOMPARE(messaging, (Set {"queue", "pubsub", "stream"}));
    }

    // The model's predicates are the table's.
    void componentPredicatesReadTheTable()
    {
        for (const KindInfo &row : kindTable()) {
            Component component;
            component.kind = row.value;
            QCOMPARE(component.isDataStore(), row.dataStore);
            QCOMPARE(component.isDestination(), row.destination);
            QVERIFY(component.effectiveZone() == row.defaultZone);
            component.zone = Zone::Dmz;
            QVERIFY(component.effectiveZone() == Zone::Dmz); // written zones win
        }
        for (const PatternInfo &row : patternTable()) {
            Integration integration;
            integration.pattern = row.value;
            QCOMPARE(integration.isSync(), row.sync);
            QCOMPARE(integration.isAsync(), !row.sync);
        }
    }
};

QTEST_APPLESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
