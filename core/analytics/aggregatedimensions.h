#pragma once

namespace cx {

/// Kinds of agg_dim rows, the dictionary of the values the aggregate tables
/// refer to by id (written by aggregates.cpp, read by the cube).
enum DimensionKind {
    MonthDim = 1,
    ProductDim,
    ChannelDim,
    CategoryDim,
    StageDim,
    KeywordDim,
    CityDim,
    TagDim,
    DepartmentDim,
    DimensionKinds
};

} // namespace cx
