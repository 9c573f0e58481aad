"""Gaza, Israel, the West Bank and Lebanon: the health ministries' tolls as OCHA relays them,
UNRWA's and UNICEF's situation reports, the UN human rights office, the IPC and the prisoners'
and hostages' counts, 2014-2026."""

from _wrap import item

item(
    "Gaza health ministry toll passes 43,000 as OCHA flags thousands under rubble",
    """The number of Palestinians killed in Gaza since {{7 October 2023}} has risen to
    [[43,163|killed;a=the Gaza health ministry]], the Gaza health ministry said on Monday, with
    [[101,510 people|injured;a=the Gaza health ministry]] wounded. In the previous
    {{24 hours}}, [[39 bodies|killed;a=the ministry;alt=the Gaza health ministry]] were
    brought to hospitals, the ministry said. The UN Office for the Coordination of
    Humanitarian Affairs, which relays the figures, said [[about 10,000 people|missing;a=The
    UN Office for the Coordination of Humanitarian Affairs]] were believed to be missing under
    the rubble. Of the dead who have been fully identified, {{nearly 70 per cent}} were women
    and children, according to a UN human rights office analysis of [[8,119 verified
    deaths|killed;a=a UN human rights office analysis;u=person]]. Israel says its forces have
    killed [[more than 17,000 militants|killed;a=Israel]] in Gaza but has not provided
    evidence. A week earlier, OCHA had reported [[42,603|killed;a=OCHA]] dead.""",
)

item(
    "UNRWA: 1.9 million Gazans displaced, many of them repeatedly",
    """[[Up to 1.9 million people|displaced;a=UNRWA]], or {{about nine in 10}} of Gaza's
    population, have been displaced since the war began, many of them several times, UNRWA
    said in its latest situation report. [[About 1 million|displaced;a=The agency;alt=UNRWA]]
    are sheltering in or around [[83 UNRWA shelters|capacity;a=The agency;alt=UNRWA]], the
    agency said, most of them schools originally built for [[no more than 1,000 pupils|capacity]].
    Some shelters in Rafah now hold [[more than 12,000 people|displaced;a=staff]] each, staff
    said, with {{one toilet for every 850 people}}. The agency said
    [[220 of its staff members|killed;a=The agency;alt=UNRWA;n=members]] had been killed
    since {{7 October}}, the highest toll of UN personnel in any conflict. It added that
    [[about 190 UNRWA installations|housing;a=UNRWA;u=structure]] had been hit.""",
)

item(
    "UNICEF: Gaza war has killed or injured more than 50,000 children",
    """[[More than 50,000 children|other;a=UNICEF]] have been killed or injured in the Gaza
    Strip since {{October 2023}}, UNICEF said on Tuesday, citing figures from the health
    ministry. Of those, [[at least 17,000|killed]] were killed. The agency estimates
    that [[about 17,000 children|other;a=The agency;alt=UNICEF]] are unaccompanied or
    separated from their parents. In {{May}} alone, [[5,119 children|aid;a=UNICEF]] aged
    {{six months}} to {{five years}} were admitted for treatment of acute malnutrition,
    UNICEF said, up {{50 per cent}} on {{April}}. It aims to screen
    [[290,000 children|aid;a=UNICEF;p]] by the end of the summer. "Children are paying the
    highest price," said Catherine Russell, the agency's executive director. Aid workers say
    [[dozens of children|killed;a=Aid workers]] have died of malnutrition.""",
)

item(
    "Aid trucks into Gaza averaged 69 a day in October, UN says",
    """An average of [[69 aid trucks a day|aid;a=OCHA]] entered the Gaza Strip in
    {{October}}, OCHA said, the lowest since the war began and a fraction of the
    [[500 trucks|aid]] that crossed daily before {{7 October 2023}}, food and fuel included.
    COGAT, the Israeli military body that handles the crossings, said
    [[1,150 trucks|aid;a=COGAT]] had gone in during the month and that
    [[hundreds more|aid;a=COGAT;n=-;u=other]] were waiting to be collected on the Gaza side.
    The World Food Programme said it had managed to distribute
    [[about 120,000 food parcels|aid;a=The World Food Programme]], enough for
    [[some 600,000 people|aid;a=The World Food Programme]] for {{two weeks}}. The UN says [[at
    least 600 trucks a day|aid;a=The UN;p]] will be needed to meet basic needs if a
    ceasefire takes hold. Only [[four|other;u=structure;n=-;a=the UN]] of the UN's
    [[30 bakeries|other;u=structure;a=the UN]] in Gaza were working, the UN said.""",
)

item(
    "Half a million Palestinians return to northern Gaza in three days",
    """[[More than 500,000 displaced Palestinians|returned;a=the UN]] crossed from the south
    of the Gaza Strip to the north in the {{three days}} after Israel opened the Netzarim
    corridor on {{27 January 2025}}, the UN said. Many walked the coastal road carrying what
    they could. Most found their homes destroyed: a UN damage assessment puts the number of
    housing units damaged or destroyed across Gaza at [[about 245,000|housing;a=a UN damage
    assessment;u=structure;n=-]], {{92 per cent}} of the total. Aid agencies said
    [[at least 135,000 tents|aid;a=Aid agencies;p]] were needed in the north before the end of
    {{February}}. Under the ceasefire deal, [[600 trucks|aid;p]] of aid are to enter each
    day. By {{1 February}}, the UN and its partners had distributed
    [[about 27,000 tents|aid;a=the UN;alt=OCHA]], OCHA said. [[Hundreds of
    thousands|displaced]] remained in tent camps in Mawasi and Deir al-Balah.""",
)

item(
    "UN satellite centre: two-thirds of Gaza's buildings damaged or destroyed",
    """An analysis of satellite imagery taken on {{6 September 2024}} found
    [[163,778 structures|housing;a=An analysis of satellite imagery]] in Gaza damaged or
    destroyed, {{about two-thirds}} of all buildings in the strip, the UN Satellite Centre
    said. Of those, [[52,564|housing;a=the centre;alt=the UN Satellite Centre;u=structure;n=-]] were
    destroyed, the centre said. A separate assessment by the Education Cluster found that
    [[496 school buildings|housing;a=the Education Cluster]] had been directly hit or
    damaged, leaving [[625,000 children|other;a=the Education Cluster]] without formal
    schooling for a second year. The World Health Organization said only
    [[17|other;a=The World Health Organization;u=structure;n=-]] of Gaza's [[36 hospitals|other;a=The World Health Organization]]
    were even partly functional, with a combined [[1,500 beds|other;a=The World Health
    Organization]]. Clearing the rubble, an estimated {{42 million tonnes}}, could take
    {{14 years}}, the UN Environment Programme has said.""",
)

item(
    "Israel's toll from October 7 and the hostages still held",
    """[[About 1,200 people|killed;a=Israeli officials]] were killed in the Hamas-led attack
    on southern Israel on {{7 October 2023}}, according to Israeli officials, most of them
    civilians, and [[251|kidnapped;a=Israeli officials]] were taken into Gaza as hostages.
    [[105 hostages|kidnapped]] were freed during a week-long truce in {{November 2023}}, in
    exchange for [[240 Palestinian prisoners|other]]. Israel called up
    [[about 360,000 reservists|combatants;a=Israel]] in the first days of the war, the
    largest mobilisation in its history. Before the war, Israeli intelligence estimated
    that Hamas had [[between 25,000 and 30,000 fighters|combatants;a=Israeli
    intelligence]]. As of {{March 2025}}, [[59 hostages|kidnapped;a=the Israeli government]]
    remained in Gaza, [[at least 35|killed;a=the Israeli government;n=-]] of them believed to
    be dead, the Israeli government said. The military publishes the names of soldiers killed in the ground operation on its website.""",
)

item(
    "Palestinian prisoner groups say 10,000 held in Israeli jails",
    """[[More than 10,000 Palestinians|arrested;a=Palestinian prisoners' groups]] are being
    held in Israeli prisons, Palestinian prisoners' groups said on Wednesday, double the number
    before the war. They include [[3,405 administrative detainees|arrested;a=the groups;
    alt=Palestinian prisoners' groups]], held without charge or trial, and
    [[about 320 children|arrested;a=the groups;alt=Palestinian prisoners' groups]], the groups
    said. Since {{October 2023}}, Israeli forces have arrested
    [[over 17,500 people|arrested;a=the Palestinian Prisoners' Society]] in the occupied West
    Bank, according to the Palestinian Prisoners' Society. The Israel Prison Service said it
    was holding [[1,772 "unlawful combatants"|arrested;a=The Israel Prison Service;n=combatants]]
    from Gaza. Rights groups have documented the deaths of [[at least 61 detainees|killed;a=Rights
    groups]] in Israeli custody. Under the {{January 2025}} ceasefire,
    [[1,778 Palestinian prisoners|other]] were released in exchange for
    [[25 Israeli hostages|kidnapped]].""",
)

item(
    "OCHA: 2014 Gaza war left 108,000 homeless",
    """The {{50-day}} war between Israel and Hamas in {{July and August 2014}} killed
    [[2,251 Palestinians|killed;a=the UN Office for the Coordination of Humanitarian
    Affairs]], including [[1,462 civilians|killed;a=the UN Office for the Coordination of
    Humanitarian Affairs]], the UN Office for the Coordination of Humanitarian Affairs said in
    its final tally. Among the civilians were [[551 children|killed]]. [[Some 18,000 housing units|housing;a=OCHA]] were destroyed or
    severely damaged, leaving [[about 108,000 people|displaced;a=OCHA]] homeless, OCHA said.
    At the height of the fighting, UNRWA was sheltering [[nearly 300,000 people|displaced;a=UNRWA]] in [[90 of its schools|capacity;a=UNRWA;n=schools]]. On the Israeli side,
    [[67 soldiers|killed;a=Israeli authorities]] and [[six civilians|killed;a=Israeli
    authorities]] were killed, Israeli authorities said.""",
)

item(
    "West Bank: 2024 deadliest year for Palestinians since UN records began",
    """Israeli forces and settlers killed [[498 Palestinians|killed;a=OCHA]] in the occupied
    West Bank, including East Jerusalem, in {{2024}}, OCHA said, the highest annual toll
    since it began recording casualties in {{2005}}. Among them were
    [[about 100 children|killed;a=OCHA]]. The office recorded
    [[more than 1,400 settler attacks|other;a=The office;alt=OCHA;u=other]] that caused
    casualties or damage to property. Israeli authorities demolished
    [[1,768 Palestinian-owned structures|housing;a=the office;alt=OCHA]] over the year,
    displacing [[4,527 people|displaced;a=the office;alt=OCHA]], the office said. A military
    operation in the Jenin, Tulkarm and Nur Shams refugee camps that began in
    {{January 2025}} has since displaced [[about 40,000 Palestinians|displaced;a=UNRWA]],
    according to UNRWA, the largest displacement in the West Bank since {{1967}}. Israel
    deployed [[thousands of troops|combatants;a=the army]] to the
    northern West Bank in {{February}}, the army said. [[About 32 Israelis|killed;a=the
    office;alt=OCHA]] were killed in Palestinian attacks in the West Bank and Israel in the
    same period, the office said.""",
)

item(
    "Lebanon war toll: 4,000 killed, 1.2 million displaced at peak",
    """Israeli strikes in Lebanon killed [[4,047 people|killed;a=Lebanon's health ministry]]
    and wounded [[16,638|injured;a=Lebanon's health ministry]] between {{October 2023}} and
    the ceasefire of {{27 November 2024}}, Lebanon's health ministry said, without saying how
    many were fighters. At the peak of the escalation, [[about 1.2 million people|displaced;a=the
    government]] had fled their homes, the government estimated, and
    [[more than 190,000|displaced;a=the International Organization for Migration]] were
    staying in [[1,020 collective shelters|capacity;a=the International Organization for
    Migration]], most of them public schools, according to the International Organization for
    Migration. Another [[560,000 people|displaced;a=the UN refugee agency]], most of them
    Syrians, crossed into Syria, the UN refugee agency said. Within {{two weeks}} of the
    truce, [[roughly 900,000|returned;a=IOM]] had gone back to their towns and villages, IOM
    said, though [[about 99,000|displaced;a=IOM]] remained displaced months later. The World
    Bank counted [[99,209 housing units|housing;a=The World Bank]] damaged, most of them in
    the south.""",
)

item(
    "UN rights office: 875 killed near Gaza food sites in six weeks",
    """The UN human rights office said on Friday it had recorded
    [[875 Palestinians|killed;a=The UN human rights office]] killed while trying to get food
    in Gaza between {{27 May}} and {{7 July 2025}}, [[674 of them|killed;a=The UN human rights office;n=-]] in the vicinity of the Gaza Humanitarian Foundation's distribution
    sites. The rest were killed near UN and other aid convoys. The Israeli-backed foundation,
    which runs [[four sites|other;a=The Israeli-backed foundation;alt=Gaza Humanitarian Foundation]] in the south and
    centre of the strip, disputes the figures and says it has handed out
    [[more than 70 million meals|aid;a=The Israeli-backed foundation;alt=Gaza Humanitarian Foundation]]. The health
    ministry said [[more than 4,000 people|injured;a=The health ministry]] had been wounded at
    or near the sites. Before the foundation began work, the UN and its partners ran
    [[about 400 distribution points|other;u=other]] across the strip.""",
)

item(
    "Famine confirmed in Gaza City, IPC says half a million face catastrophe",
    """Famine is taking place in Gaza City and surrounding areas, the Integrated Food
    Security Phase Classification said on {{22 August 2025}}, the first such finding in the
    Middle East. [[More than half a million people|civilians;a=the Integrated Food Security
    Phase Classification;v=500000;q=at_least]] across the Gaza Strip face catastrophic conditions, the
    IPC said, a number it expects to rise to [[about 641,000|civilians;a=the IPC;p]] by the
    end of {{September}}. It projected that [[132,000 children|civilians;a=the IPC;p]] under
    {{five}} will suffer acute malnutrition by {{June 2026}}, [[41,000|civilians;a=the IPC;p;n=-]]
    of them severely. The health ministry says [[at least 273 people|killed;a=The health
    ministry]], including [[112 children|killed;a=The health ministry]], have died of
    malnutrition since the war began. Israel rejected the report. COGAT said
    [[more than 300 trucks a day|aid;a=COGAT]] had entered in the previous week.""",
)

item(
    "Gaza war deadliest for journalists and aid workers, monitors say",
    """The Committee to Protect Journalists said on Tuesday that
    [[at least 178 journalists and media workers|killed;a=The Committee to Protect
    Journalists;n=journalists and media workers]] had been killed in Gaza, the West Bank,
    Israel and Lebanon since {{October 2023}}, the deadliest period for the press since it
    began gathering data in {{1992}}. Israeli strikes have also killed
    [[more than 380 aid workers|killed;a=the Aid Worker Security Database]] in Gaza,
    [[over 280|killed;a=the Aid Worker Security Database]] of them UNRWA staff, according to
    the Aid Worker Security Database. The World Health Organization has recorded
    [[686 attacks|other;a=The World Health Organization;u=other]] on health care in Gaza,
    which killed [[about 900 health workers|killed;a=the WHO]] and damaged
    [[122 health facilities|housing;a=the WHO]], the WHO said. The Palestinian Journalists
    Syndicate said [[at least 48 journalists|arrested;a=The Palestinian Journalists
    Syndicate]] were being held by Israel.""",
)

item(
    "OCHA changes how it presents Gaza casualty data",
    """OCHA said on {{8 May 2024}} that it would present the Gaza health ministry's figures in separate columns for the identified and the not yet identified dead, after critics seized on an apparent
    drop in the share of women and children. The change followed a ministry update that put
    the proportion of identified dead who were children at {{52 per cent}} and women at
    {{24 per cent}}. A peer-reviewed study in The Lancet, published in {{January 2025}}, said
    traumatic deaths in the first {{nine months}} were likely underestimated by
    {{about 41 per cent}}. The ministry updates its list of names every {{three to four
    months}}. The UN's humanitarian appeal for the territory for {{2025}} sought
    {{$4.07 billion}}.""",
)

item(
    "UNRWA funding gap widens as donors hold back",
    """UNRWA said on {{30 January 2024}} that it could be forced to halt operations in Gaza by
    the end of {{February}} after the United States, Germany and other donors suspended funding worth
    {{$450 million}}. The suspensions followed Israeli allegations that staff took part in the
    attack of {{7 October}}; an independent review led by Catherine Colonna reported in
    {{April}}. By {{mid-2024}} most donors had resumed payments, though the United States, once
    the largest at {{$344 million}} a year, had not. The agency's mandate runs to
    {{June 2026}}. Its general assembly pledging conference is held each {{June}}.""",
)
