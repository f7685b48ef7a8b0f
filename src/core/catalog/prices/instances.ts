import type { InstanceType } from '../schema';

/**
 * Instance types the catalog's `instance-type` properties offer, with their on-demand list price
 * (Linux, USD per hour) in one reference region per provider: us-east-1, us-central1, eastus.
 *
 * How to update a price:
 * 1. Read the figure from the provider's pricing page (or a dated secondary source), for the
 *    same region, on-demand, Linux.
 * 2. Change `onDemandUsdPerHour`, set `date` to the day (`YYYY-MM-DD`) or month you read it,
 *    `source` to its id in ../sources.ts (add the source there first when it is new; shared
 *    DOMAIN.md §Sources keeps the team's list), and `estimate` to false only for a figure read
 *    on the provider's own pricing page or API. Secondary sources and our guesses stay true.
 * 3. Run `npx vitest run src/core/catalog`: the catalog test checks the shape, the source id and
 *    that every instance the component types name still exists.
 * Never delete an id a type uses as a default: the test fails; change the type first.
 *
 * Conventions: `memoryGiB` is the host memory; `gpuMemoryGiB` is the memory of ONE GPU (what
 * decides whether a model fits on a GPU), so an 8×H100 host has `gpus: 8, gpuMemoryGiB: 80`.
 * Source S90 is our own estimate from the public list prices (see ../sources.ts).
 */

/** DOMAIN.md dates these figures by year only ("2026") or not at all. It was compiled after its
 * latest dated source (S34, 17 Jun 2026), so they carry that month. */
const DOMAIN_2026 = '2026-06';
/** S33: public repositories quoting instances.vantage.sh / AWS pricing, verified on this day. */
const S33_DATE = '2026-03-22';
/** Our own estimates (S90) were written this month. */
const S90_DATE = '2026-11';

const S90 = { source: 'S90', date: S90_DATE, estimate: true } as const;

export const INSTANCE_TYPES: InstanceType[] = [
  // ---- AWS, us-east-1 ----
  { id: 'aws:m5.large', provider: 'aws', name: 'm5.large', vcpu: 2, memoryGiB: 8, gpus: 0, onDemandUsdPerHour: 0.096, region: 'us-east-1', ...S90 },
  // DOMAIN.md §2.7: $0.192 [S33] 2026, EST.
  { id: 'aws:m5.xlarge', provider: 'aws', name: 'm5.xlarge', vcpu: 4, memoryGiB: 16, gpus: 0, onDemandUsdPerHour: 0.192, region: 'us-east-1', source: 'S33', date: S33_DATE, estimate: true },
  { id: 'aws:m5.2xlarge', provider: 'aws', name: 'm5.2xlarge', vcpu: 8, memoryGiB: 32, gpus: 0, onDemandUsdPerHour: 0.384, region: 'us-east-1', ...S90 },
  { id: 'aws:c5.xlarge', provider: 'aws', name: 'c5.xlarge', vcpu: 4, memoryGiB: 8, gpus: 0, onDemandUsdPerHour: 0.17, region: 'us-east-1', ...S90 },
  { id: 'aws:r5.xlarge', provider: 'aws', name: 'r5.xlarge', vcpu: 4, memoryGiB: 32, gpus: 0, onDemandUsdPerHour: 0.252, region: 'us-east-1', ...S90 },
  // DOMAIN.md §2.7: $0.526 [S33] 2025–26, EST.
  { id: 'aws:g4dn.xlarge', provider: 'aws', name: 'g4dn.xlarge', vcpu: 4, memoryGiB: 16, gpus: 1, gpuModel: 'NVIDIA T4', gpuMemoryGiB: 16, onDemandUsdPerHour: 0.526, region: 'us-east-1', source: 'S33', date: S33_DATE, estimate: true },
  // DOMAIN.md §2.7: $1.006 [S34] Jun 2026 (not marked EST).
  { id: 'aws:g5.xlarge', provider: 'aws', name: 'g5.xlarge', vcpu: 4, memoryGiB: 16, gpus: 1, gpuModel: 'NVIDIA A10G', gpuMemoryGiB: 24, onDemandUsdPerHour: 1.006, region: 'us-east-1', source: 'S34', date: '2026-06-17', estimate: false },
  // DOMAIN.md §2.7: $21.96, was $32.77 before the June 2025 cut [S33][S35] Mar 2026, EST.
  { id: 'aws:p4d.24xlarge', provider: 'aws', name: 'p4d.24xlarge', vcpu: 96, memoryGiB: 1152, gpus: 8, gpuModel: 'NVIDIA A100 40GB', gpuMemoryGiB: 40, onDemandUsdPerHour: 21.96, region: 'us-east-1', source: 'S33', date: S33_DATE, estimate: true },
  // DOMAIN.md §2.7: $55.04, was $98.32 [S33][S36] 2026, EST.
  { id: 'aws:p5.48xlarge', provider: 'aws', name: 'p5.48xlarge', vcpu: 192, memoryGiB: 2048, gpus: 8, gpuModel: 'NVIDIA H100 80GB', gpuMemoryGiB: 80, onDemandUsdPerHour: 55.04, region: 'us-east-1', source: 'S33', date: S33_DATE, estimate: true },

  // ---- Google Cloud, us-central1 ----
  { id: 'gcp:n2-standard-2', provider: 'gcp', name: 'n2-standard-2', vcpu: 2, memoryGiB: 8, gpus: 0, onDemandUsdPerHour: 0.0971, region: 'us-central1', ...S90 },
  { id: 'gcp:n2-standard-4', provider: 'gcp', name: 'n2-standard-4', vcpu: 4, memoryGiB: 16, gpus: 0, onDemandUsdPerHour: 0.1942, region: 'us-central1', ...S90 },
  { id: 'gcp:n2-standard-8', provider: 'gcp', name: 'n2-standard-8', vcpu: 8, memoryGiB: 32, gpus: 0, onDemandUsdPerHour: 0.3885, region: 'us-central1', ...S90 },
  { id: 'gcp:c2-standard-4', provider: 'gcp', name: 'c2-standard-4', vcpu: 4, memoryGiB: 16, gpus: 0, onDemandUsdPerHour: 0.2088, region: 'us-central1', ...S90 },
  { id: 'gcp:n2-highmem-4', provider: 'gcp', name: 'n2-highmem-4', vcpu: 4, memoryGiB: 32, gpus: 0, onDemandUsdPerHour: 0.262, region: 'us-central1', ...S90 },
  { id: 'gcp:g2-standard-4', provider: 'gcp', name: 'g2-standard-4', vcpu: 4, memoryGiB: 16, gpus: 1, gpuModel: 'NVIDIA L4', gpuMemoryGiB: 24, onDemandUsdPerHour: 0.7068, region: 'us-central1', ...S90 },
  // DOMAIN.md §2.7: ~$3.67 [S36] 2026, EST.
  { id: 'gcp:a2-highgpu-1g', provider: 'gcp', name: 'a2-highgpu-1g', vcpu: 12, memoryGiB: 85, gpus: 1, gpuModel: 'NVIDIA A100 40GB', gpuMemoryGiB: 40, onDemandUsdPerHour: 3.67, region: 'us-central1', source: 'S36', date: DOMAIN_2026, estimate: true },
  { id: 'gcp:a3-highgpu-8g', provider: 'gcp', name: 'a3-highgpu-8g', vcpu: 208, memoryGiB: 1872, gpus: 8, gpuModel: 'NVIDIA H100 80GB', gpuMemoryGiB: 80, onDemandUsdPerHour: 88.25, region: 'us-central1', ...S90 },

  // ---- Azure, eastus ----
  { id: 'azure:Standard_D2s_v5', provider: 'azure', name: 'Standard_D2s_v5', vcpu: 2, memoryGiB: 8, gpus: 0, onDemandUsdPerHour: 0.096, region: 'eastus', ...S90 },
  { id: 'azure:Standard_D4s_v5', provider: 'azure', name: 'Standard_D4s_v5', vcpu: 4, memoryGiB: 16, gpus: 0, onDemandUsdPerHour: 0.192, region: 'eastus', ...S90 },
  { id: 'azure:Standard_D8s_v5', provider: 'azure', name: 'Standard_D8s_v5', vcpu: 8, memoryGiB: 32, gpus: 0, onDemandUsdPerHour: 0.384, region: 'eastus', ...S90 },
  { id: 'azure:Standard_F4s_v2', provider: 'azure', name: 'Standard_F4s_v2', vcpu: 4, memoryGiB: 8, gpus: 0, onDemandUsdPerHour: 0.169, region: 'eastus', ...S90 },
  { id: 'azure:Standard_E4s_v5', provider: 'azure', name: 'Standard_E4s_v5', vcpu: 4, memoryGiB: 32, gpus: 0, onDemandUsdPerHour: 0.252, region: 'eastus', ...S90 },
  { id: 'azure:Standard_NC4as_T4_v3', provider: 'azure', name: 'Standard_NC4as_T4_v3', vcpu: 4, memoryGiB: 28, gpus: 1, gpuModel: 'NVIDIA T4', gpuMemoryGiB: 16, onDemandUsdPerHour: 0.526, region: 'eastus', ...S90 },
  // DOMAIN.md §2.7: ~$3.67, region-dependent [S36] 2026, EST.
  { id: 'azure:Standard_NC24ads_A100_v4', provider: 'azure', name: 'Standard_NC24ads_A100_v4', vcpu: 24, memoryGiB: 220, gpus: 1, gpuModel: 'NVIDIA A100 80GB', gpuMemoryGiB: 80, onDemandUsdPerHour: 3.67, region: 'eastus', source: 'S36', date: DOMAIN_2026, estimate: true },
  { id: 'azure:Standard_ND96isr_H100_v5', provider: 'azure', name: 'Standard_ND96isr_H100_v5', vcpu: 96, memoryGiB: 1900, gpus: 8, gpuModel: 'NVIDIA H100 80GB', gpuMemoryGiB: 80, onDemandUsdPerHour: 98.32, region: 'eastus', ...S90 },
];
