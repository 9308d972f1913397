#pragma once

#include <QString>

#include <cstdint>

namespace cx::demo {

class DemoWorld;
struct ComplaintPlan;

/// Result of writing one of the small monthly tables.
struct TableResult
{
    bool ok = false;
    std::int64_t rows = 0;
    QString error; ///< the system's reason when !ok
};

/// product_monthly.csv: users, new, churned, consultations and complaints per
/// product and month (2023-01..2024-12); 2024 complaints equal the planned rows.
TableResult writeProductMonthly(const QString &path, const DemoWorld &world, const ComplaintPlan &plan);

/// product_funnel.csv: 知晓率, 认知率, 认同率, 认可率 per product and month of 2024.
TableResult writeProductFunnel(const QString &path, const DemoWorld &world);

/// indicator_tree.csv: perception elements, KEIs and KOIs with owner, unit, target and direction.
TableResult writeIndicatorTree(const QString &path);

/// indicator_values.csv: KEI/KOI actuals per month of 2024 and city.
TableResult writeIndicatorValues(const QString &path, const DemoWorld &world);

} // namespace cx::demo
