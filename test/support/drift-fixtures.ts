/**
 * A ModelSpec and the Deployment (+ HPA + Service) that runs it, for the drift scenarios; written
 * for these tests from the upstream APIs (Kubernetes apps/v1, autoscaling/v2; vLLM flags as in
 * vllm/engine/arg_utils.py). `SPEC()` and `DEPLOYMENT()` agree field by field; options change one side.
 */
/** The ModelSpec `chat-8b`: Llama 3.1 8B on 2 × L4, 8k context, 1–4 replicas. */
export const SPEC = (
  o: { count?: number; len?: number; min?: number; max?: number } = {},
) => `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: chat-8b
  version: "1.0.0"
spec:
  identity:
    model:
      id: meta-llama/Llama-3.1-8B-Instruct
      framework: vllm
      precision: bf16
  runtime:
    accelerator:
      vendor: nvidia
      type: l4
      count: ${o.count ?? 2}
    batch:
      maxBatchSize: 16
      maxSequenceLengthTokens: ${o.len ?? 8192}
  operations:
    serving:
      protocol: http
      port: 8000
      readinessProbe:
        path: /health
    scaling:
      minReplicas: ${o.min ?? 1}
      maxReplicas: ${o.max ?? 4}
`;

/** The Deployment `chat-8b` that runs it with vLLM, its HPA and a Service. */
export const DEPLOYMENT = (o: { gpus?: number; len?: number } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: chat-8b
  labels:
    app.kubernetes.io/name: chat-8b
spec:
  template:
    spec:
      nodeSelector:
        cloud.google.com/gke-accelerator: nvidia-l4
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          args:
            - --model
            - meta-llama/Llama-3.1-8B-Instruct
            - --tensor-parallel-size
            - "${o.gpus ?? 2}"
            - --max-model-len=${o.len ?? 8192}
            - --max-num-seqs=16
            - --gpu-memory-utilization=0.9
          ports:
            - containerPort: 8000
          readinessProbe:
            httpGet: { path: /health, port: 8000 }
          resources:
            limits:
              nvidia.com/gpu: "${o.gpus ?? 2}"
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: chat-8b
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: chat-8b }
  minReplicas: 1
  maxReplicas: 4
---
apiVersion: v1
kind: Service
metadata:
  name: chat-8b
spec:
  ports: [{ port: 80, targetPort: 8000 }]
`;
