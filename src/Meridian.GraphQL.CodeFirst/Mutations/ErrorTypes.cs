using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// The object types of declared mutation errors. An exception type becomes <c>{Name}Error</c> (its name with
/// <c>Exception</c> replaced) with <c>message</c> and the public properties it adds to <see cref="Exception"/>; any
/// other class is an error type as inferred, created from the exception its public one-parameter constructor takes.
/// </summary>
internal static class ErrorTypes
{
    public static (ObjectTypeDefinition Type, Type ExceptionType, Func<Exception, object> Create)? Create(DescriptorContext context, Type errorType)
    {
        if (typeof(Exception).IsAssignableFrom(errorType))
        {
            return (CreateExceptionType(context, errorType), errorType, static exception => exception);
        }

        var constructor = errorType.GetConstructors().FirstOrDefault(c => c.GetParameters() is [var p] && typeof(Exception).IsAssignableFrom(p.ParameterType));
        if (constructor is null)
        {
            context.ReportError($"The error type {errorType.Name} is neither an exception nor has a public constructor taking the exception it stands for.", errorType.Name);
            return null;
        }

        var definition = context.DiscoverObject(errorType);
        context.DrainWork();
        return (definition, constructor.GetParameters()[0].ParameterType, exception => constructor.Invoke([exception]));
    }

    private static ObjectTypeDefinition CreateExceptionType(DescriptorContext context, Type exceptionType)
    {
        if (context.TryGetObjectType(exceptionType, out var existing))
        {
            return existing;
        }

        var name = context.Naming.GetTypeName(exceptionType, TypeKind.Object);
        if (name.EndsWith("Exception", StringComparison.Ordinal))
        {
            name = name[..^"Exception".Length] + "Error";
        }

        var definition = context.AddErrorObjectType(exceptionType, name);
        var message = typeof(Exception).GetProperty(nameof(Exception.Message))!;
        ObjectFieldInference.AddField(definition, FieldFactory.Create(context, message, exceptionType, memberOfParent: true, isSubscription: false), replace: false, context);
        foreach (var member in MemberCollector.GetEntityMembers(exceptionType))
        {
            if (member is PropertyInfo property && property.DeclaringType != typeof(Exception) && !typeof(Exception).GetProperties().Any(p => p.Name == property.Name))
            {
                ObjectFieldInference.AddField(definition, FieldFactory.Create(context, member, exceptionType, memberOfParent: true, isSubscription: false), replace: false, context);
            }
        }

        return definition;
    }
}
