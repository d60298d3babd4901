namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

public enum Category
{
    Book,
    Music,
    Game,
    HomeGarden,
}
