"""Money and percentage pairs: people counted in one twin, and money or shares for or of them
in the other ("5,000 displaced" against "5,000 dollars for the displaced"); three twins hold
numbers but no figure (8 pairs, S01-S08)."""

from _wrap import item, pair

pair("S01", "people / money: Catatumbo's displaced, and the pesos set aside for them")
item(
    "Catatumbo violence: more than 52,000 displaced as ELN fights FARC dissidents",
    """[[More than 52,000 people|displaced;a=the Ombudsman's Office]] have fled their homes in
    the Catatumbo region since the ELN guerrillas attacked former FARC fighters and their
    families in mid-January, the Ombudsman's Office said. [[At least 80 people|killed]] have
    been killed. Cúcuta's sports stadium has been turned into a shelter for [[about 3,000
    people|displaced]].""",
)
item(
    "Colombia sets aside 300,000 million pesos for Catatumbo's displaced",
    """The government of Gustavo Petro has set aside {{300,000 million pesos}}, about {{$70
    million}}, for people displaced by the fighting in Catatumbo, the finance ministry said on
    Friday. Each registered family will receive {{1.5 million pesos}} in emergency cash, and
    the plan is meant to reach [[about 15,000 families|aid;p]]. Petro declared a state of
    internal commotion in the region for {{90 days}}.""",
)

pair("S02", "people / percentage: Masisi's residents who fled, as a count and as a share")
item(
    "Masisi: 80,000 flee as M23 rebels take town",
    """[[About 80,000 residents|displaced;a=local civil society leaders]] of Masisi centre and
    surrounding villages have fled since {{M23}} rebels captured the town on Saturday, local
    civil society leaders said. Many walked towards Sake and Goma, carrying mattresses and
    cooking pots. [[At least 15 civilians|killed;a=the leaders]] were killed in the fighting,
    the leaders said.""",
)
item(
    "Masisi town emptied of 80% of its residents, MSF says",
    """{{Around 80 percent}} of Masisi's residents have fled, Doctors Without Borders said on
    Monday, and the hospital it supports is running at {{half}} its usual staff. Food prices in
    the market have risen by {{more than 60 percent}} since the rebels cut the road to Goma.
    The group said it had treated [[43 wounded people|injured;a=The group;alt=Doctors Without
    Borders]] in the past week.""",
)

pair(
    "S03",
    "people / budget: Uganda's refugees counted, and its refugee appeal in dollars and shares",
)
item(
    "Uganda now hosts 1.8 million refugees, Africa's largest number",
    """Uganda hosts [[more than 1.8 million refugees|displaced;a=government and UNHCR
    figures]], the most of any African country, according to government and UNHCR figures
    released on Thursday. [[Around 60,000|displaced]] arrived in the first half of the year,
    most from Sudan, South Sudan and Congo. The settlements in Kiryandongo and Nakivale are
    running short of land.""",
)
item(
    "Uganda refugee appeal just 12 percent funded as rations cut",
    """The UN's {{2025}} appeal for Uganda's refugee response, of {{$968 million}}, was only
    {{12 percent}} funded by June, UNHCR said, down from {{39 percent}} a year earlier. Food
    rations in the settlements have been cut to {{30 percent}} of the minimum, and cash
    transfers fell from {{13,000 shillings}} a month to {{6,000}}. The agency said it had cut
    {{40%}} of its staff in the country since {{2023}}.""",
)

pair("S04", "ransom / hostages: Zamfara villagers' ransom in naira, and the villagers freed")
item(
    "Bandits demand N46 million for abducted Zamfara villagers",
    """Bandits who abducted [[dozens of villagers|kidnapped;a=relatives]] from Kaura Namoda in
    Zamfara State last week are demanding {{N46 million}} for their release, relatives told
    Punch. [[Twelve vigilantes|killed;a=a vigilante leader]] were killed trying to pursue the
    kidnappers, a vigilante leader said. The community has raised {{N8 million}} by selling
    grain and livestock.""",
)
item(
    "Bandits free 46 Zamfara villagers after weeks in captivity",
    """[[Forty-six villagers|kidnapped;a=a community leader;alt=Bala Kaura]] abducted from
    Kaura Namoda have regained their freedom after {{five weeks}} in the forest, a community
    leader, Bala Kaura, said on Tuesday. [[Two captives|killed]] died in the kidnappers' camp
    and [[three women|kidnapped]] are still held. Police said no ransom was paid, which
    relatives dispute.""",
)

pair("S05", "surrendered / bounty: Bastar's Maoists who gave up, and the rupees on their heads")
item(
    "26 Maoists surrender in Dantewada, police say",
    """[[Twenty-six Maoists|arrested;a=Dantewada Superintendent of Police Gaurav Rai]],
    [[13|arrested;a=Dantewada Superintendent of Police Gaurav Rai]] of them carrying rewards on
    their heads, surrendered before police and CRPF officers in Dantewada on Monday, Dantewada
    Superintendent of Police Gaurav Rai said. They handed over [[nine weapons|other]],
    including [[two INSAS rifles|other]]. [[More than 900 Maoists|arrested;a=the
    police;alt=Dantewada Superintendent of Police Gaurav Rai]] have surrendered in the district
    under the Lon Varratu campaign since {{2020}}, the police said.""",
)
item(
    "Chhattisgarh raises surrender grant for Maoists to Rs 50,000",
    """Chhattisgarh will pay surrendering Maoists a one-time grant of {{Rs 50,000}}, up from
    {{Rs 10,000}}, and a monthly stipend of {{Rs 10,000}} for {{three years}}, the state
    cabinet decided on Wednesday. Cadres who bring in a light machine gun will receive {{Rs 5
    lakh}}. The government has announced rewards totalling {{Rs 26 crore}} on the heads of
    senior leaders in Bastar.""",
)

pair("S06", "the killed / compensation: Pahalgam's victims, and the ex gratia paid for them")
item(
    "Gunmen kill 26 in attack on tourists near Pahalgam",
    """Gunmen opened fire on tourists in a meadow near Pahalgam on Tuesday afternoon, killing
    [[26 people|killed;a=police]], [[25|killed;a=police]] of them tourists from other parts of
    India and [[one|killed;a=police]] a local pony rider, police said. [[At least 17
    people|injured]] were wounded. It was the deadliest attack on civilians in Kashmir since
    {{2000}}.""",
)
item(
    "J&K announces Rs 10 lakh for families of the 26 killed at Baisaran",
    """The Jammu and Kashmir government announced an ex gratia of {{Rs 10 lakh}} for the
    families of [[the 26|killed]] killed in the Baisaran meadow attack, and {{Rs 2 lakh}} for
    each of [[the 17|injured]] who were seriously injured. Chief Minister Omar Abdullah said no
    amount of money could make up for the loss. Tourists left the valley in large numbers on
    Wednesday.""",
)

pair("S07", "percentages / people: Mozambique's election result, and the protests that followed it")
item(
    "Mozambique court confirms Chapo win with 65% of the vote",
    """Mozambique's Constitutional Council confirmed on Monday that Daniel Chapo of Frelimo won
    the {{October 9}} presidential election with {{65.17%}} of the vote, down from the
    {{70.67%}} announced by the electoral commission. Venâncio Mondlane was second with
    {{24%}}. Turnout was {{43.48%}}. Chapo, {{47}}, will be sworn in on {{January 15}} as the
    country's {{fifth}} president since independence in {{1975}}.""",
)
item(
    "Mozambique protests: at least 30 killed as police fire on crowds",
    """[[At least 30 people|killed;a=Plataforma Decide]] have been killed by police since
    protests over the disputed election began, the civil society group Plataforma Decide said
    on Thursday, and [[more than 200|injured;a=Plataforma Decide]] have been shot and wounded.
    Police have arrested [[about 3,500 people|arrested;a=the group;alt=Plataforma Decide]], the
    group said. [[Some 2,000 Mozambicans|displaced;a=Malawian officials]] have crossed into
    Malawi, Malawian officials say.""",
)

pair(
    "S08", "rupees per family / families: Pakistan's flood grants, and the families still in camps"
)
item(
    "BISP to pay Rs25,000 to each flood-hit family",
    """The Benazir Income Support Programme will pay {{Rs25,000}} to every family affected by
    the floods, and aims to reach [[1.5 million families|aid;p;a=Federal Minister Shazia
    Marri]] within {{two weeks}}, Federal Minister Shazia Marri said on Friday. [[More than
    400,000 families|aid;a=Federal Minister Shazia Marri]] have already been paid, she said.
    The government has set aside {{Rs70 billion}} for the scheme.""",
)
item(
    "25,000 families in Dadu still in relief camps as floodwater lingers",
    """[[About 25,000 families|displaced;a=the deputy commissioner]] in Dadu district are still
    living in [[more than 120 relief camps|capacity;a=the deputy commissioner]] set up in
    schools and on embankments, the deputy commissioner said, {{two months}} after the Indus
    broke its banks. Many have received no cash aid. Doctors in the camps report [[hundreds of
    malaria cases a week|other]].""",
)
