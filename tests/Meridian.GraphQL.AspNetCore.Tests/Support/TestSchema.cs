using System.Runtime.CompilerServices;
using Meridian.Execution;
using Meridian.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Support;

/// <summary>The schema the server tests run against: greetings, a list, the caller's identity, failures and waits, a mutation and a subscription.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String! = "world"): String!
          books(count: Int! = 3): [Book!]!
          me: String
          boom: String
          wait(ms: Int!): String
          nested: Query!
        }

        type Book {
          id: ID!
          title: String!
          author: String!
          year: Int!
          rating: Float!
        }

        type Mutation {
          addBook(title: String!): Book!
        }

        type Subscription {
          bookAdded: Book!
        }
        """;

    public const string BookAddedTopic = "bookAdded";

    public sealed record Book(string Id, string Title, string Author, int Year, double Rating);

    public static IRequestExecutorBuilder AddTestSchema(this IRequestExecutorBuilder builder)
    {
        builder.Services.AddInMemorySubscriptions();
        return builder
            .AddTypeDefinitions(Sdl)
            .BindPureResolver("Query", "hello", static context => $"Hello, {context.ArgumentValue<string>("name")}!")
            .BindPureResolver("Query", "books", static context => CreateBooks(context.ArgumentValue<int>("count")))
            .BindPureResolver("Query", "me", static context => context.User?.Identity is { IsAuthenticated: true } identity ? identity.Name : null)
            .BindPureResolver("Query", "boom", static _ => throw new InvalidOperationException("boom"))
            .BindResolver("Query", "wait", static async context =>
            {
                await Task.Delay(context.ArgumentValue<int>("ms"), context.RequestAborted);
                return "done";
            })
            .BindPureResolver("Query", "nested", static _ => new object())
            .BindResolver("Mutation", "addBook", static async context =>
            {
                var book = new Book("new", context.ArgumentValue<string>("title"), "Anonymous", 2026, 5);
                await context.Service<ITopicEventSender>().SendAsync(BookAddedTopic, book, context.RequestAborted);
                return book;
            })
            .BindSubscribeResolver("Subscription", "bookAdded", static async context =>
            {
                var stream = await context.Service<ITopicEventReceiver>().SubscribeAsync<Book>(BookAddedTopic, cancellationToken: context.RequestAborted);
                return stream.AsEventStream();
            });
    }

    public static Book[] CreateBooks(int count)
    {
        var books = new Book[count];
        for (var i = 0; i < count; i++)
        {
            books[i] = new Book($"book-{i}", $"Title {i}", $"Author {i % 7}", 1950 + (i % 70), 1 + (i % 5));
        }

        return books;
    }
}
