/**
 * The simulated fleet of the demo: model servers on localhost that speak the real protocols of vLLM, TGI,
 * llama.cpp, Ollama and OpenAI-compatible gateways, with numbers from simulated traffic; clients that report
 * the requests of servers without Prometheus metrics through Beacon's REST and OTLP ingestion; scheduled
 * degradations; and 30 days of history. Nothing here runs unless someone constructs it: the demo profile
 * does ({@code demo.DemoFleet}), and tests do.
 */
package dev.beacon.simulator;
