{{/* The release's name, at most 40 characters so component suffixes fit in 63. */}}
{{- define "mkib.fullname" -}}
{{- printf "%s" .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{- define "mkib.labels" -}}
app.kubernetes.io/name: mkib
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Pod labels: the selector's, plus version and chart (each key once). */}}
{{- define "mkib.podLabels" -}}
{{ include "mkib.selector" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "mkib.selector" -}}
app.kubernetes.io/name: mkib
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/*
The application components of the chosen mode, as a YAML list: name, port, the entry point, and whether
the Ingress routes to it ("web" for /, "api" for /graphql). Fails with a clear message on a bad mode or
missing required values.
*/}}
{{- define "mkib.components" -}}
{{- $_ := required "database.existingSecret is required: the name of a Secret that holds the PostgreSQL connection URL (see docs/operations.md)" .Values.database.existingSecret -}}
{{- $_ := required "oidc.issuer is required: the URL of the Keycloak realm meldkamer, e.g. https://sso.example/realms/meldkamer" .Values.oidc.issuer -}}
{{- if eq .Values.mode "allInOne" }}
- name: platform
  port: 8080
  entry: apps/platform/src/main.ts
  route: all
{{- else if eq .Values.mode "distributed" }}
{{- $_ := required "kafka.brokers is required in distributed mode: host:port of the Kafka bootstrap servers, comma-separated" .Values.kafka.brokers }}
{{- range $service := list "policy" "risk" "icv" "governance" }}
- name: {{ $service }}
  port: 4000
  entry: apps/{{ $service }}-service/src/main.ts
  route: none
{{- end }}
- name: gateway
  port: 4000
  entry: apps/gateway/src/main.ts
  route: api
- name: web
  port: 8080
  entry: apps/platform/src/web-main.ts
  route: web
{{- else }}
{{- fail (printf "mode must be allInOne or distributed, not %q" .Values.mode) }}
{{- end }}
{{- end -}}

{{/* The restricted pod security profile every pod runs with. */}}
{{- define "mkib.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "mkib.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Environment shared by every component: configuration from the ConfigMap, the database URL by reference. */}}
{{- define "mkib.env" -}}
envFrom:
  - configMapRef:
      name: {{ include "mkib.fullname" . }}-config
env:
  - name: MKIB_DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: {{ .Values.database.existingSecret }}
        key: {{ .Values.database.urlKey }}
{{- with .Values.mail.smtp.existingSecret }}
  - name: MKIB_SMTP_URL
    valueFrom:
      secretKeyRef:
        name: {{ . }}
        key: {{ $.Values.mail.smtp.urlKey }}
{{- end }}
{{- end -}}

{{- define "mkib.subgraphUrls" -}}
{{- $parts := list -}}
{{- range $service := list "policy" "risk" "icv" "governance" -}}
{{- $parts = append $parts (printf "%s=http://%s-%s:4000/graphql" $service (include "mkib.fullname" $) $service) -}}
{{- end -}}
{{- join "," $parts -}}
{{- end -}}
