// A model of 10k components and 30k integrations loads, in both formats, and keeps every element.
#include "model/modelio.h"
#include "synthetic/syntheticmodel.h"

#include <QTest>

using namespace seam;

class ScaleTest : public QObject {
    Q_OBJECT

private slots:
    void tenThousandComponents()
    {
        const Model generated = synthetic::serviceMesh(10000, 30000);
        for (FileFormat format : {FileFormat::Yaml, FileFormat::Json}) {
            const std::string text = saveModelToString(generated, format);
            const LoadResult loaded = loadModelFromString(text, "big", format);
            QVERIFY(loaded.ok());
            QCOMPARE(loaded.model->components.size(), size_t(10000));
            QCOMPARE(loaded.model->integrationList().size(), size_t(30000));
            QVERIFY(*loaded.model == generated);
        }
    }
};

QTEST_GUILESS_MAIN(ScaleTest)
#include "tst_scale.moc"
