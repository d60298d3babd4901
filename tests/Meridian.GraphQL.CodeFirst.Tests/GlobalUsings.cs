global using Meridian.CodeFirst;
global using Meridian.Execution;
global using Testing;
