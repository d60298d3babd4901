using System.Linq.Expressions;
using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>
/// Compiles the factory that turns an input object's coerced field map into its CLR type: the public constructor
/// with the most parameters receives the fields it names (positional records), then the settable properties it did
/// not take are assigned when their field was given. Field values pass through the converters of their types.
/// </summary>
internal static class InputObjectFactoryCompiler
{
    private static readonly MethodInfo TryGetValueMethod = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;

    public static void Compile(DescriptorContext context, InputObjectTypeDefinition definition)
    {
        var type = definition.RuntimeType;
        var map = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var value = Expression.Variable(typeof(object), "value");
        var instance = Expression.Variable(type, "instance");
        var body = new List<Expression>();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var fromConstructor = new HashSet<PropertyInfo>();
        if (constructor is null && !type.IsValueType)
        {
            context.ReportError($"The input type {definition.Configuration.Name} ({type.Name}) has no public constructor.", definition.Configuration.Name);
            definition.Factory = static _ => throw new InvalidOperationException("The input type has no public constructor.");
            return;
        }

        if (constructor is not null)
        {
            var arguments = new List<Expression>();
            foreach (var parameter in constructor.GetParameters())
            {
                var field = definition.Fields.Find(f => string.Equals(f.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (field is not null)
                {
                    fromConstructor.Add(field.Property);
                }

                var fallback = parameter.HasDefaultValue
                    ? Expression.Constant(parameter.DefaultValue, parameter.ParameterType)
                    : (Expression)Expression.Default(parameter.ParameterType);
                arguments.Add(field is null
                    ? fallback
                    : Expression.Condition(
                        Expression.Call(map, TryGetValueMethod, Expression.Constant(field.Configuration.Name), value),
                        ConvertField(context, field, value, parameter.ParameterType),
                        fallback));
            }

            body.Add(Expression.Assign(instance, Expression.New(constructor, arguments)));
        }
        else
        {
            body.Add(Expression.Assign(instance, Expression.Default(type)));
        }

        foreach (var field in definition.Fields)
        {
            if (fromConstructor.Contains(field.Property) || field.Property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            body.Add(Expression.IfThen(
                Expression.Call(map, TryGetValueMethod, Expression.Constant(field.Configuration.Name), value),
                Expression.Assign(Expression.Property(instance, field.Property), ConvertField(context, field, value, field.Property.PropertyType))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        definition.Factory = Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(
            Expression.Block([value, instance], body), map).Compile();
        definition.Configuration.GetFieldValues = runtimeValue => ReadFieldValues(definition, runtimeValue);
    }

    private static Expression ConvertField(DescriptorContext context, InputFieldDefinition field, ParameterExpression value, Type target)
    {
        var converter = context.Converter.Get(target, field.Id);
        return Expression.Convert(Expression.Invoke(Expression.Constant(converter), value), target);
    }

    /// <summary>The field values of an instance, for printing default values given as objects (schema build time only).</summary>
    private static IReadOnlyDictionary<string, object?> ReadFieldValues(InputObjectTypeDefinition definition, object runtimeValue)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in definition.Fields)
        {
            values[field.Configuration.Name] = field.Property.GetValue(runtimeValue);
        }

        return values;
    }
}
