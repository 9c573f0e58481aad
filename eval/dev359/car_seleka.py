"""The Seleka and anti-balaka years, 2014-2016: Bangui's parishes and enclaves, the convoys
out, MISCA and Sangaris, the first MINUSCA years, Kaga-Bandoro and Bria."""

from _wrap import item

item(
    "Tens of thousands crowd Bangui parishes as militias trade raids",
    """BANGUI, {{Jan 14}} (Reuters) - [[More than 60,000 people|displaced;a=Caritas]] are
    sheltering at the Saint-Sauveur, Notre-Dame de Fatima and Boy-Rabe parishes alone, Caritas
    said on Tuesday, as anti-balaka militias and former Seleka fighters traded raids across the
    capital. At Boy-Rabe, [[roughly 20,000 people|displaced;a=the parish priest]] sleep under
    mango trees and in the classrooms of the mission school, the parish priest said. The Red
    Cross said its volunteers had collected [[34 bodies|killed;a=The Red Cross]] from the
    streets since Friday and taken [[more than 90 wounded|injured;a=The Red Cross]] to the
    Community Hospital. Across Bangui, [[some 510,000 people|displaced;a=OCHA]] have left their
    homes, according to OCHA. French troops of Operation Sangaris, [[1,600 soldiers|combatants]]
    in all, patrolled the {{PK5}} market district with African Union peacekeepers. "We have
    [[two latrines|other;a=the priest]] for [[thousands of people|displaced;a=the priest]],"
    the priest said.""",
)

item(
    "Muslims leave PK12 under escort as anti-balaka line the road",
    """BANGUI, {{April 27}} (AFP) - [[About 1,300 Muslims|displaced;a=MISCA]] who had been
    trapped for months in the {{PK12}} neighbourhood on the northern edge of Bangui left on Sunday
    in a convoy of [[18 trucks|other;a=MISCA]], escorted by African troops, MISCA said. Crowds
    jeered as the lorries pulled away, and [[one man|killed;a=witnesses]] who fell from a truck near Damara
    was hacked to death, witnesses said. The convoy was bound for Kabo and Moyen-Sido, close to
    the Chadian border, {{300 km}} to the north. Since December, [[more than 100,000 Chadian nationals|returned;a=the International Organization for Migration]]
    have been flown or driven back to Chad, the International Organization for Migration
    said, many of them born in the Central African Republic. Chad alone has received
    [[nearly 15,000 Central African refugees|displaced;a=UNHCR]], UNHCR said. Human rights
    groups said [[at least 22 people|killed;a=Human rights groups]] had been killed in PK12
    in the {{three weeks}} before the evacuation.""",
)

item(
    "Boda's Muslims hemmed into a few streets, aid groups say",
    """[[Some 11,000 Muslims|civilians;a=Doctors Without Borders]] remain confined to the centre
    of Boda, a diamond town in the Lobaye, surrounded by anti-balaka fighters, Doctors Without
    Borders said on Thursday. The charity said its teams had treated
    [[64 people|injured;a=The charity;alt=Doctors Without Borders]] for machete and gunshot
    wounds since clashes broke out in late January. Local officials put the death toll at
    [[at least 70|killed;a=Local officials]]. [[Around 800 homes|housing;a=the Danish Refugee Council]]
    were burned in the Christian and Muslim quarters of the town, according to the Danish
    Refugee Council. French troops escorted [[a dozen lorries|aid]] of food into the enclave
    last week. "People are dying of hunger {{200 metres}} from the market," said a
    {{41-year-old}} trader who did not want to be named. [[Another 4,000 people|displaced;a=the council;alt=the Danish Refugee Council]]
    are camped at the Catholic mission, the council added.""",
)

item(
    "Carnot priest shelters Muslims in his church compound",
    """CARNOT - For {{four months}}, the Catholic parish of Carnot has sheltered
    [[about 650 Muslims|displaced;a=the parish priest]] fleeing anti-balaka militias, the
    parish priest told the BBC. At the height of the violence in February the compound held
    [[nearly 1,500 people|displaced;a=the parish priest]], he said, including
    [[120 children|displaced;a=the parish priest]] under the age of {{five}}. MINUSCA peacekeepers from Cameroon
    guard the gate. Since February, [[four men|killed;a=the priest]] who tried to leave the
    compound have been killed, the priest said. The priest said armed men had come to the church again and again demanding that the
    Muslims be handed over. UNHCR said it had moved
    [[some 200 of the most vulnerable people|displaced;a=UNHCR]] to Cameroon by road in
    April. Across the west, [[an estimated 15,000 Muslims|civilians;a=the agency;alt=UNHCR]] are still trapped
    in enclaves in [[seven towns|other;a=the agency;alt=UNHCR]], the agency said.""",
)

item(
    "Cameroon's east struggles with refugee influx",
    """GAROUA-BOULAI, Cameroon ({{June 6}}) - [[More than 80,000 refugees|displaced;a=UNHCR]]
    have crossed into eastern Cameroon from the Central African Republic since December, UNHCR
    said, many arriving after weeks walking through the bush. Aid workers at the Garoua-Boulai
    transit site said [[up to 600 people|displaced;a=Aid workers]] were arriving on some days.
    MSF said {{one in three}} children screened was acutely malnourished,
    and that its teams had admitted [[1,200 children|aid;a=MSF]] to feeding centres. The
    government has opened [[seven sites|capacity;a=The government]] to house the new arrivals,
    among them Gado-Badzere and Lolo. UNHCR expects [[a further 20,000|displaced;p;a=UNHCR]] by July. The World Food Programme
    said it was distributing
    [[320 tonnes|aid;a=The World Food Programme]] of food a month but that rations had been cut
    by {{half}}.""",
)

item(
    "M'Poko camp empties as families take return grants",
    """BANGUI, {{Dec 30}} - The last families have left the displacement camp at Bangui M'Poko
    airport, which at its peak in early {{2014}} held [[some 100,000 people|displaced;a=the government]],
    the government said on Friday. Under the return programme,
    [[28,000 people|returned;a=the Ministry of Humanitarian Action]] went back to their
    neighbourhoods in the past {{two months}}, the Ministry of Humanitarian Action said, each
    household receiving a cash grant of {{50,000 CFA francs}}. The ministry said
    [[5,400 households|aid;a=The ministry;alt=the Ministry of Humanitarian Action]] had been
    paid so far. Bulldozers were clearing [[more than 3,000 shelters|housing]] from the edge of
    the runway, to the relief of airlines. [[About 700 families|displaced;a=aid groups]] from
    districts still considered unsafe were moved to other sites, aid groups said. IOM said
    [[2,300 houses|housing;a=IOM]] in the {{3rd}} and {{5th}} arrondissements still needed
    roofs.""",
)

item(
    "African force hands over to UN peacekeepers in Central African Republic",
    """BANGUI, {{Sept 15}} (AP) - [[Nearly 5,000 African Union troops|combatants;a=officials]]
    changed their green berets for blue ones on Monday as the UN mission MINUSCA took over from
    MISCA, officials said. The Security Council has authorised [[up to 10,000 military personnel|combatants;p]]
    and [[1,800 police|combatants;p]], but the mission said it expected to reach
    [[only 7,600 troops|combatants;p;a=the mission;alt=MINUSCA]] by the end of the year.
    "We start with what we have," said the mission's acting head. France said it would keep
    [[about 2,000 soldiers|combatants;p;a=France]] in the country for now. The handover came
    {{nine months}} after the Seleka rebels were pushed out of the capital, and as
    [[around 440,000 people|displaced;a=OCHA]] remained displaced inside the country, according
    to OCHA.""",
)

item(
    "Bambari fighting drives thousands to cathedral and airstrip",
    """BAMBARI - [[At least 26 people|killed;a=MINUSCA]] were killed in three days of clashes in
    Bambari between former Seleka fighters and anti-balaka militias, MINUSCA said on Saturday.
    The mission said [[38 wounded|injured;a=The mission;alt=MINUSCA]] had been treated at its
    base, [[four of them|injured;n=-;a=The mission;alt=MINUSCA]] peacekeepers. [[Some 8,000 people|displaced;a=local church officials]]
    have sought refuge at the Saint Joseph cathedral, local church officials said, and
    [[several thousand|displaced]] more at the airstrip held by the Burundian contingent.
    [[Dozens of houses|housing;a=residents]] were burned in the Kidjigra district, residents
    said. The Red Cross said it had buried [[17 bodies|killed;a=The Red Cross]] on Friday
    alone.""",
)

item(
    "Ngaragba jailbreak frees hundreds after day of killings in Bangui",
    """BANGUI, {{Sept 29}} (Reuters) - [[More than 500 inmates|other;a=justice ministry officials]]
    escaped from Ngaragba central prison on Monday, justice ministry officials said, among them
    anti-balaka commanders awaiting trial, as violence that began with the killing of a
    {{17-year-old}} motorcycle-taxi driver spread across the capital. The health ministry said
    [[at least 36 people|killed;a=The health ministry]] had been killed and
    [[about 100|injured;a=The health ministry]] wounded since Saturday. Armed men burned
    [[scores of houses|housing]] in the Fatima and Combattant districts. OCHA said
    [[some 27,000 people|displaced;a=OCHA]] had fled to sites around the airport. MINUSCA said
    its peacekeepers had detained [[nine suspects|arrested;a=MINUSCA]] and recaptured
    [[22 of the escaped prisoners|arrested;a=MINUSCA]]. A curfew from {{6 p.m.}} was imposed.""",
)

item(
    "Pope opens Holy Door in Bangui, crosses into PK5",
    """BANGUI - [[Tens of thousands of people|other]] lined the road from the airport as Pope
    Francis arrived in Bangui on Sunday, the last stop of a {{six-day}} African tour. At the
    Koudoukou mosque in the {{PK5}} enclave, where [[some 15,000 Muslims|civilians;a=community leaders]]
    have been besieged for more than a year according to community leaders, the pope called
    Christians and Muslims brothers. [[About 3,000 UN peacekeepers|combatants;a=MINUSCA]] and
    [[900 French troops|combatants;a=MINUSCA]] were deployed for the visit, MINUSCA said. At
    the Saint-Sauveur displacement site he met [[several hundred families|displaced]].
    Organisers said [[100,000 worshippers|other;a=Organisers]] attended the Mass at the Barthelemy
    Boganda stadium.""",
)

item(
    "LRA abductions rise in the far east, tracker says",
    """Lord's Resistance Army fighters abducted [[at least 290 people|kidnapped;a=the LRA Crisis Tracker]]
    in the Haut-Kotto, Mbomou and Haut-Mbomou prefectures in the first half of the year, the
    LRA Crisis Tracker said, compared with [[120|kidnapped;a=the LRA Crisis Tracker]] in the same
    period a year earlier. Most were taken by small groups to carry looted goods and later
    released, but [[38 children|missing;a=the tracker;alt=the LRA Crisis Tracker]] are still unaccounted for,
    the tracker said. Near Nzako in March, fighters seized [[14 gold miners|kidnapped]] and
    killed [[two|killed]] who tried to flee. Ugandan troops in Obo said they had freed
    [[21 captives|kidnapped;a=Ugandan troops]] in a raid. The group's strength is now put at
    [[fewer than 150 fighters|combatants;a=US officials]] by US officials, down from
    [[more than a thousand|combatants;a=US officials]] a decade ago.""",
)

item(
    "Pre-DDR pilot pays armed men to hand in guns",
    """BANGUI - [[More than 1,700 combatants|combatants;a=MINUSCA]] have registered for a pilot
    disarmament programme since {{August}}, MINUSCA said on Wednesday, handing in
    [[620 weapons|other;a=MINUSCA]], [[2,900 rounds|other;a=MINUSCA]] of ammunition and
    [[180 grenades|other;a=MINUSCA]]. Under the scheme, which pays {{$1.50}} a day for
    community work, participants clear roads and rebuild schools. The mission plans to enrol
    [[a further 3,000 fighters|combatants;p;a=The mission;alt=MINUSCA]] by March. Critics say
    the weapons handed in are mostly old hunting rifles. In Bambari,
    [[240 former anti-balaka|combatants;n=anti-balaka;a=the local coordinator]] signed up in a
    single week, the local coordinator said.""",
)

item(
    "Attack on Kaga-Bandoro displacement site kills dozens",
    """BANGUI, {{Oct 13}} (Reuters) - [[At least 37 people|killed;a=MINUSCA]] were killed when
    former Seleka fighters attacked a displacement site next to the bishopric in Kaga-Bandoro
    on Wednesday, MINUSCA said, and [[60|injured;a=MINUSCA]] were wounded. The attackers burned
    [[about 400 shelters|housing;a=aid workers]], according to aid workers. The site housed
    [[some 7,000 people|displaced;a=the UN refugee agency]] before the attack, the UN refugee
    agency said; most of them fled to the MINUSCA base, where Pakistani peacekeepers opened the gates. The mission said it had killed
    [[12 attackers|killed;a=The mission;alt=MINUSCA]] in the fighting. Aid agencies withdrew
    [[about 40 staff|other;a=OCHA]] to Bangui, OCHA said.""",
)

item(
    "Bria clashes between rival ex-Seleka factions force 11,000 from homes",
    """BRIA - [[At least 14 people|killed;a=the prefect]] died in two days of fighting in Bria
    between the FPRC and the UPC, the prefect said on Tuesday. [[Around 11,000 people|displaced;a=OCHA]]
    have fled to a new site that has grown up around the MINUSCA camp at {{PK3}}, OCHA said.
    MSF said it had treated [[47 wounded|injured;a=MSF]] and feared the toll would rise.
    Fighters looted [[the town's two hospitals|other]] and
    [[five NGO warehouses|other;u=structure;a=MSF]], MSF added. Zambian peacekeepers
    escorted [[150 Peul families|displaced]] to the prefecture. The prefect said
    [[about 30 homes|housing;a=The prefect]] had been burned.""",
)

item(
    "Bangui forum ends with pledges and a calendar",
    """BANGUI - The Bangui National Forum closed on {{May 11}} after a week of debates, with
    delegates recommending that elections be held before the end of {{2015}} and that armed
    groups disarm under a pact signed on the last day. The transitional authorities, in office
    since {{January 2014}}, said a new constitution would be put to a referendum within
    {{six months}}. Donors have so far paid {{41%}} of the {{$613 million}} humanitarian appeal
    for the year. Resolution {{2217}}, adopted in April, renewed the UN mission's mandate until
    {{April 30, 2016}}. The forum was the {{third}} national dialogue since {{2003}}.""",
)

item(
    "Referendum passes with strong yes vote, commission says",
    """BANGUI - Central Africans approved a new constitution with {{93%}} of the vote in the
    referendum of {{Dec 13}}, the national electoral authority said, on a turnout of
    {{38.3%}}. Voting was marred by gunfire in the {{PK5}} district on the {{first}} day and had to
    be extended to {{Dec 14}}. The charter limits presidents to {{two terms}} of
    {{five years}} and sets a minimum age of {{35}} for candidates. Presidential and
    legislative elections are now scheduled for {{Dec 27}}. A {{2,000-page}} electoral roll
    was published on {{Dec 20}}.""",
)
