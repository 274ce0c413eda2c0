#include "OperatorBrand.h"

namespace {
BrandCheck::Brand &startBrand()
{
    static BrandCheck::Brand brand;
    return brand;
}
}  // namespace

OperatorBrand *OperatorBrand::create(QQmlEngine *, QJSEngine *)
{
    return new OperatorBrand;
}

void OperatorBrand::setStartBrand(const BrandCheck::Brand &brand)
{
    startBrand() = brand;
}

OperatorBrand::OperatorBrand(QObject *parent) : QObject(parent), m_brand(startBrand())
{
}

void OperatorBrand::setBrand(const BrandCheck::Brand &brand)
{
    m_brand = brand;
    emit brandChanged();
}
