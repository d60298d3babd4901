using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Extensions;

/// <summary>
/// A small paging attribute built only on the public extension points, the way the data middleware uses them:
/// the field's type becomes a generated <c>XList</c> type (shared by every field of that element type), a <c>take</c>
/// argument is added, and keyed middleware slices the queryable.
/// </summary>
internal sealed class UseListAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = descriptor.Definition.ElementType!;
        var elementType = context.GetOutputType(element);
        var list = context.GetOrAddType(context.Naming.GetTypeName(element, TypeKind.Object) + "List", name =>
        {
            var type = new ObjectTypeConfiguration(name);
            type.Fields.Add(new FieldConfiguration("items", elementType.NonNull().List().NonNull())
            {
                PureResolver = ctx => ctx.Parent<ListPage>().Items,
            });
            type.Fields.Add(new FieldConfiguration("count", "Int!") { PureResolver = ctx => ctx.Parent<ListPage>().Count });
            return type;
        });
        descriptor.Type(TypeReference.Named(list.Name).NonNull())
            .Argument("take", a => a.Type("Int").DefaultValue(2))
            .Use(WellKnownMiddleware.Paging, next => async context =>
            {
                await next(context);
                var items = ((IEnumerable)context.Result!).Cast<object>().ToList();
                var take = context.ArgumentValue<int>("take");
                context.Result = new ListPage(items.Take(take).ToList(), items.Count);
            });
    }
}

internal sealed record ListPage(IReadOnlyList<object> Items, int Count);

/// <summary>
/// A filter attribute that generates its input type once every type is discovered, from the element type's fields
/// (their names and the members they came from), and filters in keyed middleware.
/// </summary>
internal sealed class UseTitleFilterAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = descriptor.Definition.ElementType!;
        descriptor
            .OnBeforeCompletion((completion, field) =>
            {
                completion.TryGetObjectType(element, out var objectType);
                var input = completion.GetOrAddType(objectType!.Name + "TitleFilterInput", name =>
                {
                    var type = new InputObjectTypeConfiguration(name);
                    foreach (var candidate in objectType.Fields.Where(f => f.Member is PropertyInfo { PropertyType: var t } && t == typeof(string)))
                    {
                        type.Fields.Add(new InputFieldConfiguration(candidate.Name, "String"));
                    }

                    return type;
                });
                field.Argument("where", a => a.Type(input.Name));
            })
            .Use(WellKnownMiddleware.Filtering, next => async context =>
            {
                await next(context);
                if (context.ArgumentValue<IReadOnlyDictionary<string, object?>?>("where") is { } where && where.TryGetValue("title", out var title))
                {
                    context.Result = ((IEnumerable)context.Result!).Cast<Library.Book>().Where(b => b.Title == (string?)title).ToList();
                }
            });
    }
}
