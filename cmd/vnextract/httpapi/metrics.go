package httpapi

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

// metrics are a Handler's Prometheus metrics, in a registry of its own (not
// the global default) so that tests and several Handlers in one process do
// not collide.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec   // by endpoint and status code
	duration  *prometheus.HistogramVec // by endpoint
	inFlight  prometheus.Gauge
	documents *prometheus.CounterVec // by endpoint and outcome
	bytes     *prometheus.CounterVec // text bytes, by endpoint
	mentions  *prometheus.CounterVec // by type
	relations *prometheus.CounterVec // by type
	batchSize prometheus.Histogram
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_http_requests_total",
			Help: "HTTP requests answered, by endpoint (the path, or \"other\") and status code.",
		}, []string{"endpoint", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "vnextract_http_request_duration_seconds",
			Help: "Time from receiving a request to the end of its answer, by endpoint.",
			// 1 ms to about 40 s: a short sentence to a large batch.
			Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 12),
		}, []string{"endpoint"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "vnextract_http_requests_in_flight",
			Help: "HTTP requests being served.",
		}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_documents_total",
			Help: "Documents processed (a batch counts each of its documents), by endpoint and outcome (ok or error).",
		}, []string{"endpoint", "outcome"}),
		bytes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_document_bytes_total",
			Help: "Bytes of document text processed successfully, by endpoint.",
		}, []string{"endpoint"}),
		mentions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_mentions_total",
			Help: "Mentions found, by type.",
		}, []string{"type"}),
		relations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_relations_total",
			Help: "Relations found, by type (position or alias).",
		}, []string{"type"}),
		batchSize: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "vnextract_batch_documents",
			Help:    "Documents per batch request.",
			Buckets: prometheus.ExponentialBuckets(1, 4, 6),
		}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.inFlight, m.documents, m.bytes, m.mentions, m.relations, m.batchSize,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewBuildInfoCollector())
	// Series that exist from the start read 0 rather than missing, so that
	// rate() and dashboards work before the first document.
	for _, t := range entity.Types {
		m.mentions.WithLabelValues(t.String())
	}
	for _, t := range []string{"position", "alias"} {
		m.relations.WithLabelValues(t)
	}
	for _, e := range []string{"/v1/extract", "/v1/extract/batch", "/v1/normalize"} {
		m.documents.WithLabelValues(e, "ok")
		m.documents.WithLabelValues(e, "error")
		m.bytes.WithLabelValues(e)
	}
	return m
}

// request counts an answered request.
func (m *metrics) request(endpoint string, status int, elapsed time.Duration) {
	m.requests.WithLabelValues(endpoint, strconv.Itoa(status)).Inc()
	m.duration.WithLabelValues(endpoint).Observe(elapsed.Seconds())
}

// document counts an extracted document, or one that failed with err.
func (m *metrics) document(endpoint string, text *string, doc *vnextract.Document, err error) {
	if err != nil {
		m.documents.WithLabelValues(endpoint, "error").Inc()
		return
	}
	m.documents.WithLabelValues(endpoint, "ok").Inc()
	m.bytes.WithLabelValues(endpoint).Add(float64(len(*text)))
	var byType [256]int // indexed by entity.Type, a uint8
	for i := range doc.Mentions {
		byType[doc.Mentions[i].Type]++
	}
	for _, t := range entity.Types {
		if n := byType[t]; n > 0 {
			m.mentions.WithLabelValues(t.String()).Add(float64(n))
		}
	}
	for i := range doc.Relations {
		m.relations.WithLabelValues(doc.Relations[i].Type).Inc()
	}
}

// normalized counts a normalized text, or one that failed with err.
func (m *metrics) normalized(endpoint string, text *string, err error) {
	if err != nil {
		m.documents.WithLabelValues(endpoint, "error").Inc()
		return
	}
	m.documents.WithLabelValues(endpoint, "ok").Inc()
	m.bytes.WithLabelValues(endpoint).Add(float64(len(*text)))
}
