"""dev203 negatives, hazards: mine collapses and explosions, factory fires, deaths at work,
crime around workplaces and unions, and disasters that kill or strand workers.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Amasra mine blast toll rises to 41 as rescuers reach last missing miners",
        "The death toll from a firedamp explosion at a state-owned coal mine in Amasra, on "
        "Turkey's Black Sea coast, rose to 41 on Saturday after rescuers recovered the bodies of "
        "the last missing workers, the interior minister said. About 110 miners were underground "
        "when methane ignited at a depth of around 300 metres on Friday evening, and dozens "
        "managed to climb out or were carried out by colleagues. Eleven injured miners remained "
        "in hospital in Bartin and Istanbul. Relatives waited through the night outside the "
        "pithead, some collapsing when the names were read out. “We have lost our brothers, our "
        "sons. This is not fate, it is negligence,” said a miner who had finished his shift an "
        "hour before the blast. The Chamber of Mining Engineers said it had warned in a 2019 "
        "report that gas levels at the mine posed a risk. Prosecutors detained several people, "
        "including managers, as part of an investigation into the cause. Unions called a "
        "one-day stoppage across the coalfield in mourning. President Recep Tayyip Erdogan, who "
        "visited the site, said the government would leave no question unanswered, while "
        "opposition lawmakers recalled the Soma disaster in 2014, in which 301 miners died.",
        "accident",
    ),
    (
        "Juice factory fire kills 52 in Rupganj; workers say exit doors were locked",
        "At least 52 people were killed in a fire that raged for more than a day at a food and "
        "beverage factory in Rupganj, outside Dhaka, fire service officials said on Friday, as "
        "workers alleged that the main exit on the upper floors had been padlocked. Most of the "
        "victims were found on the fourth floor of the six-storey building of the Hashem Foods "
        "plant, where chemicals, plastics and packaging material fuelled the blaze. Some workers "
        "jumped from the roof to escape, and dozens were injured. Relatives gathered outside the "
        "Dhaka Medical College morgue to give DNA samples, because many bodies were burned beyond "
        "recognition. Labour rights groups said children as young as 11 had been working at the "
        "factory, a charge the owners denied. Police arrested the company's chairman and several "
        "of his sons on charges of murder through negligence. The disaster came eight years after "
        "the Rana Plaza collapse, which led to sweeping safety reforms in the garment sector, "
        "reforms that did not cover food processing plants. The labour ministry formed a "
        "committee to investigate and promised compensation to each victim's family.",
        "accident",
    ),
    (
        "Hwaseong battery plant fire kills 23, most of them migrant workers",
        "A fire at a lithium battery factory in Hwaseong, south of Seoul, killed 23 workers on "
        "Monday, most of them Chinese nationals employed through a temporary staffing agency, "
        "fire authorities said. The blaze started when a series of battery cells exploded on "
        "the second floor of the Aricell plant, where about 35,000 cells were stored, and spread "
        "within seconds. Firefighters said many of the victims appeared to have run towards the "
        "back of the room, away from the only staircase. Survivors said they had received no "
        "safety training and did not know where the emergency exits were. The labour ministry "
        "said it would investigate the company under the Serious Accidents Punishment Act, which "
        "allows executives to be jailed when negligence causes deaths. It was the deadliest "
        "factory fire in South Korea in years. Migrant workers' groups said foreign workers were "
        "routinely put in the most dangerous jobs without contracts or training. Police raided "
        "the company's offices and the staffing agency on Wednesday.",
        "accident",
    ),
    (
        "Rescuers pull all 41 workers from collapsed Silkyara tunnel after 17 days",
        "All 41 workers trapped in a collapsed highway tunnel in the Himalayan state of "
        "Uttarakhand were brought out alive on Tuesday evening, 17 days after a section of the "
        "tunnel caved in, ending a rescue operation that gripped India. The men, most of them "
        "migrant labourers from Jharkhand, Bihar and Uttar Pradesh, were wheeled out on "
        "stretchers through a steel pipe pushed through the rubble, and garlanded by officials "
        "at the entrance. Rat-hole miners, hired after a drilling machine broke down in the "
        "debris, dug the last 12 metres by hand. The workers had survived on food, water and "
        "medicines passed through a narrow pipe, and spoke to their families by radio. “It felt "
        "like a second birth,” one of them told reporters. Ambulances took them to a hospital "
        "in Chinyalisaur for check-ups. Engineers and environmentalists have questioned the "
        "safety of large infrastructure projects in the fragile mountains. The road ministry "
        "ordered a safety audit of all tunnels under construction in the country.",
        "accident",
    ),
    (
        "Kostenko mine fire: ArcelorMittal Kazakhstan death toll reaches 46",
        "The number of miners killed in a fire at the Kostenko coal mine in central Kazakhstan "
        "rose to 46 on Sunday, the emergency situations ministry said, making it the deadliest "
        "accident in the country's post-Soviet history. The fire, believed to have been caused "
        "by a methane explosion, broke out early on Saturday when 252 people were working "
        "underground. President Kassym-Jomart Tokayev ordered the government to end its "
        "investment co-operation with ArcelorMittal, whose local unit owns the mine, saying it "
        "had the worst safety record of any foreign investor. More than 100 miners have died at "
        "the company's Kazakh mines since 2006. Rescuers worked through the night in conditions "
        "of heavy smoke to reach the last missing men. The company, which later agreed to sell "
        "the business to the state, said it was co-operating fully with the inquiry. A miner who "
        "escaped told local television that gas sensors had been faulty for weeks. Flags flew "
        "at half-mast across the country on Monday, declared a national day of mourning.",
        "accident",
    ),
    (
        "Six road workers missing, presumed dead, after ship strikes Baltimore bridge",
        "Six members of a road maintenance crew who were filling potholes on Baltimore's Francis "
        "Scott Key Bridge when it collapsed early on Tuesday are presumed dead, the US Coast Guard "
        "said, after it called off the search for survivors. The men, immigrants from Mexico, "
        "Guatemala, Honduras and El Salvador, worked for a local construction company and were "
        "on a break in their vehicles when a container ship lost power and struck one of the "
        "bridge's supports. Two other workers were pulled from the water, one of them unhurt. "
        "Police had stopped traffic on the bridge moments before the impact after the ship "
        "radioed a mayday. The company's vice-president said the crew were hard-working men who "
        "had been with the firm for years. Advocacy groups for Latino workers held a vigil near "
        "the river on Wednesday evening. The governor of Maryland said the recovery of the "
        "bodies could take weeks because of debris in the channel. The port, one of the busiest "
        "in the country for car shipments, will remain closed indefinitely.",
        "accident",
    ),
    (
        "Firefighters among 47 dead in Sitakunda container depot explosion",
        "At least 47 people, including nine firefighters, were killed when a fire at a container "
        "depot in Sitakunda, near Chattogram, triggered a series of explosions late on Saturday, "
        "officials said. More than 200 people were injured, many of them with severe burns, and "
        "hospitals in Chattogram appealed for blood donors. The blasts occurred as firefighters "
        "were spraying water on burning containers, some of which held hydrogen peroxide that the "
        "depot had not declared, according to the fire service. Depot workers and porters who had "
        "gathered to watch were thrown to the ground by the force of the explosions, which "
        "shattered windows several kilometres away. “My son was loading a truck. I have not found "
        "him in any hospital,” a father said outside Chattogram Medical College Hospital. "
        "Soldiers helped to contain chemical leaking into the Bay of Bengal. The depot is a joint "
        "venture between a Bangladeshi conglomerate and a Dutch partner. The fire service's "
        "director-general said the firefighters had not been told about the chemicals, and "
        "unions demanded that the owners be prosecuted.",
        "accident",
    ),
    (
        "Dozens of artisanal miners killed in gold mine collapse in Sudan’s River Nile state",
        "At least 34 artisanal miners were killed when a shaft collapsed at a traditional gold "
        "mine in the Howeid desert in Sudan's River Nile state, the state-owned mineral resources "
        "company said on Saturday. Several other workers were injured and taken to hospital in "
        "Atbara. Rescuers, using shovels and a single excavator, were still searching for people "
        "who might be trapped under the sand and rock. Collapses are frequent in the thousands of "
        "unregulated pits that have spread across northern Sudan, where young men dig with picks "
        "in narrow shafts propped up by wooden poles. Gold is the country's main export, and "
        "artisanal mining accounts for most of the output. The company said it had repeatedly "
        "ordered the closure of the site because of the risk of collapse. Local residents said "
        "many of the miners had come from other parts of the country in search of work as the "
        "economy has shrunk. The state government declared three days of mourning.",
        "accident",
    ),
    (
        "Former UAW president sentenced to 28 months for embezzling union funds",
        "A former president of the United Auto Workers was sentenced on Thursday to 28 months in "
        "prison for his role in a scheme in which union leaders embezzled more than $1.5m of "
        "members' dues to pay for golf, cigars, liquor and luxury villas in Palm Springs. Gary "
        "Jones, who led the union for a year and a half before resigning, pleaded guilty to "
        "conspiracy to embezzle and to defraud the United States. The judge in Detroit said the "
        "crime was “a betrayal of the workers who trusted him”. His predecessor, Dennis Williams, "
        "was sentenced to 21 months in a related case earlier this year. The federal "
        "investigation, which also uncovered bribery by Fiat Chrysler executives to secure "
        "favourable contracts, has produced more than a dozen convictions. Jones must also repay "
        "about $550,000 to the union. Prosecutors said he had co-operated with investigators. "
        "The union, which is now under the supervision of a court-appointed monitor, said it "
        "had adopted a new ethics code.",
        "crime",
    ),
    (
        "Gunmen kill two guards in heist on mine payroll van near Rustenburg",
        "Armed robbers killed two security guards and wounded a third when they ambushed a "
        "cash-in-transit vehicle carrying wages for platinum mine workers near Rustenburg in "
        "North West province on Thursday, police said. About ten suspects in two cars rammed the "
        "armoured van on the road to a mine hostel, then used explosives to blow open the "
        "vault before fleeing with an undisclosed amount of money. The van was bringing cash for "
        "contractors who are still paid partly in notes. Police spokesperson Brigadier Sabata "
        "Mokgwabone said a manhunt was under way and appealed to residents for information. "
        "Cash-in-transit robberies have surged in South Africa in recent years, and security "
        "companies say gangs are increasingly heavily armed. The guards' union called for "
        "better protection for its members, who it said were “treated as expendable”. Police "
        "later found one of the getaway cars burned out near Phokeng. No arrests had been made "
        "by Friday evening.",
        "crime",
    ),
    (
        "Police arrest ‘construction mafia’ suspects accused of extorting building sites",
        "Police in KwaZulu-Natal have arrested 11 people accused of extorting contractors on "
        "public building projects by demanding a 30% share of the contract value, in the latest "
        "operation against so-called construction mafias. The suspects, who presented themselves "
        "as a local business forum, are accused of halting work at a hospital and a school "
        "building site in Durban by threatening workers and forcing contractors to hire their "
        "members. Two firearms and ammunition were seized in raids on Tuesday morning, the "
        "police said. The building industry says extortion has delayed or stopped infrastructure "
        "projects worth more than R60bn across the country. Contractors describe groups arriving "
        "on sites and ordering workers to down tools until they are paid. The suspects appeared "
        "in the Durban Magistrate's Court on charges of extortion and intimidation and were "
        "remanded in custody. The construction workers' union welcomed the arrests but said "
        "its members had lost wages every time a site was shut down.",
        "crime",
    ),
    (
        "Former worker opens fire at Indiana warehouse, killing three colleagues",
        "A man who had been dismissed from a distribution warehouse in northern Indiana shot "
        "dead three former colleagues and wounded two others before killing himself on Friday "
        "night, police said. The gunman, 25, arrived at the warehouse during the shift change "
        "and fired a handgun in the break room, according to the county sheriff. He had been "
        "fired two weeks earlier after a dispute with a supervisor, co-workers told local media. "
        "Investigators said they had found no evidence of any political or ideological motive. "
        "About 50 workers were inside at the time, and many hid in trucks and offices until "
        "officers arrived. The company said it would close the site for the weekend and offer "
        "counselling to staff. A Teamsters local, which represents drivers at the site, called "
        "for better security at warehouses where staff work through the night. It was the "
        "second workplace shooting in the state this year.",
        "crime",
    ),
    (
        "Workers told to stay at their posts as Valencia floods hit industrial estates",
        "Unions in Spain have accused employers of putting workers' lives at risk by keeping "
        "them at their posts as torrential rain flooded industrial estates south of Valencia, "
        "where several employees were among the more than 200 people killed. Warehouse staff, "
        "delivery drivers and shop workers said they were told to finish their shifts even after "
        "weather warnings were issued, and some were trapped when water rose through the "
        "streets of Paiporta, Catarroja and Alfafar. The labour ministry said it would issue "
        "rules allowing workers to stop work when authorities declare a climate emergency. The "
        "CCOO and UGT unions said they had received dozens of complaints from workers who were "
        "threatened with dismissal for leaving. Thousands of soldiers and volunteers have "
        "been clearing mud from homes and businesses. Many of the estates' factories are still "
        "without electricity, and employers' groups say thousands of jobs are at risk. Prosecutors "
        "are examining whether any companies could face criminal charges.",
        "disaster",
    ),
    (
        "Heatwave deaths of farm and construction workers prompt calls for midday work ban",
        "At least 17 outdoor workers have died of suspected heatstroke in the northern Indian "
        "states of Uttar Pradesh, Bihar and Odisha over the past week, local officials said, as "
        "temperatures passed 45C for days in a row. The victims included farm labourers, "
        "construction workers and sanitation staff, some of them polling officials on election "
        "duty. Trade unions and public health experts called for a mandatory break in outdoor "
        "work between noon and four in the afternoon, similar to rules in Gulf states. The "
        "National Disaster Management Authority has issued heat action guidelines, but few "
        "employers in the informal sector follow them. Hospitals in Varanasi and Patna reported "
        "a surge of patients with heat exhaustion. Meteorologists said the heatwave would ease "
        "in some areas with the arrival of pre-monsoon showers. “We cannot stop working, or we "
        "do not eat,” a brick kiln worker said.",
        "disaster",
    ),
]
