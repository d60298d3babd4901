using System.Globalization;
using System.Text.Json;
using Meridian.Errors;
using Meridian.Execution;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Conformance.Cats;

/// <summary>
/// Makes a scenario's schema executable as graphql-cats' README says: fields without a directive read the parent
/// (the default resolver reads test-data maps by key), resolver directives bind their behaviour, subscription root
/// fields get a source stream whose one event is the root value, and values of
/// interfaces and unions name their object type in a <c>type</c> entry (the convention of graphql-cats' test data,
/// which Sangria's driver follows too). "Promise" directives resolve asynchronously, after yielding the thread.
/// </summary>
public static class CatsResolvers
{
    private const string TypeEntry = "type";

    public static void Bind(SchemaConfigurationContext schema, CatsTestData testData)
    {
        var subscriptionType = schema.SubscriptionTypeName ?? "Subscription";
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ObjectTypeConfiguration objectType:
                    foreach (var field in objectType.Fields)
                    {
                        BindField(field, testData);
                        if (objectType.Name == subscriptionType)
                        {
                            BindSubscription(field);
                        }
                    }

                    break;
                case InterfaceTypeConfiguration interfaceType:
                    interfaceType.ResolveAbstractType = ResolveByTypeEntry;
                    break;
                case UnionTypeConfiguration unionType:
                    unionType.ResolveAbstractType = ResolveByTypeEntry;
                    break;
            }
        }
    }

    private static void BindField(FieldConfiguration field, CatsTestData testData)
    {
        foreach (var directive in field.Directives)
        {
            switch (directive.Name)
            {
                case "resolveString":
                    var text = StringArgument(directive, "value");
                    field.PureResolver = context => Substitute(text, context);
                    break;
                case "resolvePromiseString":
                    var later = StringArgument(directive, "value");
                    field.Resolver = async context =>
                    {
                        await Task.Yield();
                        return Substitute(later, context);
                    };
                    break;
                case "argumentsJson":
                    field.PureResolver = ArgumentsJson;
                    break;
                case "resolveEmptyObject":
                    field.PureResolver = _ => new Dictionary<string, object?>(StringComparer.Ordinal);
                    break;
                case "resolveTestData":
                    var name = StringArgument(directive, "name");
                    field.PureResolver = _ => testData.Get(name);
                    break;
                case "resolvePromiseTestData":
                    var laterName = StringArgument(directive, "name");
                    field.Resolver = async _ =>
                    {
                        await Task.Yield();
                        return testData.Get(laterName);
                    };
                    break;
                case "resolvePromise":
                    var fieldName = field.Name;
                    field.Resolver = async context =>
                    {
                        await Task.Yield();
                        return ReadEntry(context, fieldName);
                    };
                    break;
                case "resolveError":
                    var message = StringArgument(directive, "message");
                    field.PureResolver = _ => throw new GraphQLException(message);
                    break;
                case "resolvePromiseReject":
                    var laterMessage = StringArgument(directive, "message");
                    field.Resolver = async _ =>
                    {
                        await Task.Yield();
                        throw new GraphQLException(laterMessage);
                    };
                    break;
                case "resolveErrorList":
                    var (values, messages) = (StringsArgument(directive, "values"), StringsArgument(directive, "messages"));
                    field.Resolver = context => new ValueTask<object?>(PartialList(context, values, messages));
                    break;
                case "resolvePromiseRejectList":
                    var (laterValues, laterMessages) = (StringsArgument(directive, "values"), StringsArgument(directive, "messages"));
                    field.Resolver = async context =>
                    {
                        await Task.Yield();
                        return PartialList(context, laterValues, laterMessages);
                    };
                    break;
            }
        }
    }

    // graphql-js's execute ran a subscription operation once, on the root value: as a source stream (§6.2.3), that
    // is a stream whose only event is the root value. Meridian, as Hot Chocolate, resolves a subscription field that
    // has no resolver to the event itself; graphql-js's default resolver reads the event's entry, so that is bound.
    private static void BindSubscription(FieldConfiguration field)
    {
        field.SubscribeResolver = context => new ValueTask<IAsyncEnumerable<object?>>(OneEvent(context.Parent<object?>()));
        if (field.Resolver is null && field.PureResolver is null)
        {
            var fieldName = field.Name;
            field.PureResolver = context => ReadEntry(context, fieldName);
        }
    }

    private static object? ReadEntry(IResolverContext context, string name) =>
        context.Parent<object?>() is IReadOnlyDictionary<string, object?> parent ? parent.GetValueOrDefault(name) : null;

    private static async IAsyncEnumerable<object?> OneEvent(object? rootValue)
    {
        await Task.Yield();
        yield return rootValue;
    }

    // A list that is partly an error: the values are the field's result, each message an error of the field.
    private static IReadOnlyList<string> PartialList(IResolverContext context, IReadOnlyList<string> values, IReadOnlyList<string> messages)
    {
        foreach (var message in messages)
        {
            context.ReportError(message);
        }

        return values;
    }

    // "$name" placeholders become the field's argument values (longer names first, so $ab is not read as $a + "b").
    private static string Substitute(string text, IResolverContext context)
    {
        foreach (var argument in context.Field.Arguments.OrderByDescending(a => a.Name.Length))
        {
            var value = context.ArgumentValue<object?>(argument.Name);
            text = text.Replace("$" + argument.Name, Format(value), StringComparison.Ordinal);
        }

        return text;
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // The coerced arguments as compact JSON; arguments that were neither given nor defaulted are absent (§6.4.1).
    private static string ArgumentsJson(IResolverContext context)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in context.Field.Arguments)
        {
            if (context.HasArgumentValue(argument.Name))
            {
                arguments[argument.Name] = context.ArgumentValue<object?>(argument.Name);
            }
        }

        return JsonSerializer.Serialize(arguments);
    }

    private static ObjectType? ResolveByTypeEntry(IResolverContext context, object value) =>
        value is IReadOnlyDictionary<string, object?> map
        && map.GetValueOrDefault(TypeEntry) is string typeName
        && context.Schema.TryGetType<ObjectType>(typeName, out var objectType)
            ? objectType
            : null;

    private static string StringArgument(DirectiveConfiguration directive, string name) =>
        Argument(directive, name) is StringValueNode text ? text.Value : throw Invalid(directive, name);

    private static IReadOnlyList<string> StringsArgument(DirectiveConfiguration directive, string name) =>
        Argument(directive, name) is ListValueNode list
            ? list.Items.Select(item => item is StringValueNode text ? text.Value : throw Invalid(directive, name)).ToList()
            : throw Invalid(directive, name);

    private static IValueNode? Argument(DirectiveConfiguration directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static InvalidOperationException Invalid(DirectiveConfiguration directive, string name) =>
        new($"@{directive.Name} needs a string argument \"{name}\" (a list of strings for lists).");
}
