// Prints the introspection query graphql-js produces with every option on, exactly as getIntrospectionQuery
// returns it (no trailing newline added), for Meridian's test that its embedded copy is still the same text.
import { getIntrospectionQuery } from 'graphql';

process.stdout.write(
  getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }),
);
