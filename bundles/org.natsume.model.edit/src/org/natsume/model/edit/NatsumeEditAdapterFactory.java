package org.natsume.model.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.natsume.model.provider.NatsumeItemProviderAdapterFactory;
import org.natsume.model.provider.CpuHogItemProvider;
import org.natsume.model.provider.DeviceAttachmentItemProvider;
import org.natsume.model.provider.DomainItemProvider;
import org.natsume.model.provider.ExternalHostItemProvider;
import org.natsume.model.provider.InterruptLineItemProvider;
import org.natsume.model.provider.IoApicItemProvider;
import org.natsume.model.provider.LogicalCpuItemProvider;
import org.natsume.model.provider.NetperfTcpStreamItemProvider;
import org.natsume.model.provider.NetworkLinkItemProvider;
import org.natsume.model.provider.NicItemProvider;
import org.natsume.model.provider.PciBridgeItemProvider;
import org.natsume.model.provider.PciBusItemProvider;
import org.natsume.model.provider.PciFunctionItemProvider;
import org.natsume.model.provider.PeriodicRtTaskItemProvider;
import org.natsume.model.provider.RedirectionEntryItemProvider;
import org.natsume.model.provider.TimingValueItemProvider;
import org.natsume.model.provider.UdpFloodItemProvider;
import org.natsume.model.provider.VcpuItemProvider;

/**
 * The adapter factory the editor and the Properties view should use: the generated item providers with the labels of
 * {@link NatsumeLabels} (BDFs, GSIs, pinning, units). Generated code stays untouched; this subclass only swaps the
 * providers' {@code getText} and refreshes a label whenever any feature of its object changes (labels also show
 * non-containment references such as a VCPU's hard affinity).
 */
public class NatsumeEditAdapterFactory extends NatsumeItemProviderAdapterFactory {

    private final Map<String, Adapter> providers = new LinkedHashMap<>();

    private Adapter once(String key, Supplier<Adapter> factory) {
        return providers.computeIfAbsent(key, k -> factory.get());
    }

    static void refreshLabel(ItemProviderAdapter provider, Notification n) {
        if (!n.isTouch() && n.getFeature() != null) {
            provider.fireNotifyChanged(new ViewerNotification(n, n.getNotifier(), false, true));
        }
    }

    @Override
    public Adapter createPciFunctionAdapter() {
        return once("PciFunction", () -> new PciFunctionItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createPciBridgeAdapter() {
        return once("PciBridge", () -> new PciBridgeItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createNicAdapter() {
        return once("Nic", () -> new NicItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createInterruptLineAdapter() {
        return once("InterruptLine", () -> new InterruptLineItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createLogicalCpuAdapter() {
        return once("LogicalCpu", () -> new LogicalCpuItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createVcpuAdapter() {
        return once("Vcpu", () -> new VcpuItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createDomainAdapter() {
        return once("Domain", () -> new DomainItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createDeviceAttachmentAdapter() {
        return once("DeviceAttachment", () -> new DeviceAttachmentItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createPciBusAdapter() {
        return once("PciBus", () -> new PciBusItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createIoApicAdapter() {
        return once("IoApic", () -> new IoApicItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createRedirectionEntryAdapter() {
        return once("RedirectionEntry", () -> new RedirectionEntryItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createTimingValueAdapter() {
        return once("TimingValue", () -> new TimingValueItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createNetworkLinkAdapter() {
        return once("NetworkLink", () -> new NetworkLinkItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createExternalHostAdapter() {
        return once("ExternalHost", () -> new ExternalHostItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createNetperfTcpStreamAdapter() {
        return once("NetperfTcpStream", () -> new NetperfTcpStreamItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createUdpFloodAdapter() {
        return once("UdpFlood", () -> new UdpFloodItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createCpuHogAdapter() {
        return once("CpuHog", () -> new CpuHogItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public Adapter createPeriodicRtTaskAdapter() {
        return once("PeriodicRtTask", () -> new PeriodicRtTaskItemProvider(this) {
            @Override
            public String getText(Object object) {
                String t = NatsumeLabels.text(object);
                return t != null ? t : super.getText(object);
            }

            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                refreshLabel(this, n);
            }
        });
    }

    @Override
    public void dispose() {
        for (Adapter a : providers.values()) {
            if (a instanceof IDisposable d) {
                d.dispose();
            }
        }
        providers.clear();
        super.dispose();
    }
}
