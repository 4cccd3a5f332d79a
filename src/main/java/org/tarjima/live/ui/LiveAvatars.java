package org.tarjima.live.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjima.live.LiveEvent;

/** The colleagues who have this document open, as avatars (one per person, however many tabs). */
public class LiveAvatars extends AvatarGroup {

    public LiveAvatars() {
        setId("live-avatars");
        addClassName("live-avatars");
        setMaxItemsVisible(5);
        setI18n(ComponentTexts.avatarGroup(this));
    }

    public void show(List<LiveEvent.Presence> others) {
        Map<String, AvatarGroupItem> people = new LinkedHashMap<>();
        for (LiveEvent.Presence presence : others) {
            people.computeIfAbsent(presence.username(), name -> {
                AvatarGroupItem item = new AvatarGroupItem(presence.displayName());
                item.setColorIndex(Math.floorMod(name.hashCode(), 7));
                return item;
            });
        }
        setItems(List.copyOf(people.values()));
        setVisible(!people.isEmpty());
    }
}
