namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

/// <summary>Resolvers beside the product's own fields: what they read of the parent shows what a projection kept.</summary>
[ExtendObjectType(typeof(Product))]
public static class ProductExtensions
{
    /// <summary>The price as the parent object holds it (zero when a projection did not read it).</summary>
    public static decimal GetParentPrice([Parent] Product product) => product.Price;

    /// <summary>The key as the parent object holds it (projections always read keys).</summary>
    public static int GetParentId([Parent] Product product) => product.Id;
}
