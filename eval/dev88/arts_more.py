"""dev88 items: more regions and subjects (disease in Yemen, chemical weapons in Syria, the
Central African Republic, Darfur, drought in Somalia, Chile's protests), and one item without a
figure."""

from _wrap import item

item(
    "Yemen cholera cases pass half a million",
    """
Suspected cholera cases in Yemen have passed [[500,000|other;u=other;a=the World Health
Organization]], the World Health Organization said on Monday, and the disease has killed
[[nearly 2,000 people|killed;a=the World Health Organization]] since late April. [[About 5,000
new cases a day|other]] are being reported, and {{fewer than half}} of the country's health
facilities are working. UNICEF said it had delivered [[more than 1,000 tonnes|aid;a=UNICEF]] of
medical supplies and that [[some 30,000 health workers|other;a=UNICEF]] had not been paid for
{{nearly a year}}.
""",
)

item(
    "US says Ghouta gas attack killed more than 1,400",
    """
The United States said on Friday that [[1,429 people|killed;a=The United States]], including
[[at least 426 children|killed;a=The United States]], were killed in a chemical weapons attack on
the Damascus suburbs on {{21 August}}. Médecins Sans Frontières had earlier said that hospitals it
supports treated [[about 3,600 patients|injured;a=Médecins Sans Frontières]] with neurotoxic
symptoms in {{under three hours}}, [[355|killed;a=Médecins Sans Frontières]] of whom died. The
Syrian opposition put the toll at [[1,300-1,700|killed;a=The Syrian opposition]]. The government
denied using chemical weapons and later agreed to give up its arsenal under {{Resolution 2118}}.
""",
)

item(
    "Thousands shelter in Bangassou seminary after militia attack",
    """
[[About 2,000 Muslims|displaced;a=the UN mission MINUSCA]] are sheltering in the Catholic
seminary in Bangassou, in the southeast of the Central African Republic, after anti-balaka
militiamen attacked their neighbourhood, the UN mission MINUSCA said. The Central African Red
Cross said it had recovered [[at least 115 bodies|killed;a=The Central African Red Cross]] after
the attack. [[Six UN peacekeepers|killed]], [[five of them|killed;n=-]] Cambodian, were killed in
attacks on convoys in the area in May. [[Several hundred others|displaced]] fled across the
Mbomou river into Congo. The UN says [[some 180,000 people|displaced;a=The UN]] have been newly
displaced in the country this year, bringing the total to [[more than 500,000|displaced;a=The
UN]].
""",
)

item(
    "Hundreds of thousands flee Zamzam camp after RSF assault",
    """
[[Between 400,000 and 450,000 people|displaced;a=the International Organization for Migration]]
fled the Zamzam displacement camp in North Darfur after the Rapid Support Forces stormed it, the
International Organization for Migration said on Monday. The UN said [[more than 400
people|killed;a=The UN]] had been killed, among them [[nine aid workers|killed;a=The UN]] from
Relief International. [[Tens of thousands|displaced]] walked for {{two days}} to Tawila, {{60
km}} to the west. There the Norwegian Refugee Council counted [[some 10,000 new arrivals a
day|displaced;a=the Norwegian Refugee Council]]. Before the attack the camp, which famine
monitors had declared to be in famine in August, sheltered [[an estimated 500,000 to
700,000|displaced]].
""",
)

item(
    "Somalia drought drives a million from their homes",
    """
Drought has driven [[one million Somalis|displaced;v=1000000;a=the UN humanitarian office]] from
their homes since {{January 2021}}, the UN humanitarian office said on Thursday. In Baidoa alone,
[[more than 500 displacement sites|capacity;a=aid workers]] now hold [[some 550,000
people|displaced;a=aid workers]], aid workers said. [[About 7.8 million people|civilians;a=the
office;alt=the UN humanitarian office]], {{nearly half}} the population, need aid, the office
said. The last famine, in {{2011}}, killed [[nearly a quarter of a million
people|killed;v=250000;q=approx]], {{half of them}} children {{under five}}. UNICEF says [[some
1.5 million children|civilians;a=UNICEF]] {{under five}} are acutely malnourished.
""",
)

item(
    "Chile's protest crackdown leaves hundreds with eye injuries",
    """
Chile's National Human Rights Institute said on Monday that [[more than 2,800
people|injured;a=Chile's National Human Rights Institute]] had been injured in {{seven weeks}} of
protests, [[some 350 of them|injured;a=Chile's National Human Rights Institute;n=-]] with eye
injuries, most from shotgun pellets fired by police. The prosecutor's office puts the death toll
at [[26|killed;a=The prosecutor's office]], [[five of them|killed;a=The prosecutor's office;n=-]]
at the hands of security forces. [[Upwards of 20,000 people|arrested;a=the interior ministry]]
have been detained since {{18 October}}, and [[more than 1,900 police officers|injured;a=the
interior ministry]] have been hurt, according to the interior ministry. Protesters have burned or
damaged [[more than 100 metro stations|housing;u=structure]] in Santiago, where a fare rise of
{{30 pesos}} set off the unrest.
""",
)

item(
    "Flights to Beirut resume after 10-day halt",
    """
Middle East Airlines flight {{ME 202}} from London landed at Beirut's Rafic Hariri International
Airport at {{6:45pm}} on Monday, the {{first}} scheduled arrival from Europe in {{10 days}}.
Lufthansa said it would resume flights to Beirut on {{1 November}}, and Air France's {{AF 566}}
from Paris is due back on the route at the end of the month. Tickets from London were selling for
about {{£450}} one way, {{three times}} the usual fare. Passengers were told to check times with
the airline on {{+961 1 629 999}} before travelling. The airport's main runway, {{3,800 metres}}
long, was closed for {{six hours}} on {{28 September}} after reports of a nearby strike.
""",
)
