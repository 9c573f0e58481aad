"""dev161 hard negatives: epidemics and vaccination campaigns (hard_negative_health), some of
them in countries with a war elsewhere in the country or with past attacks on vaccinators."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bangladesh hospitals run out of beds as record dengue outbreak spreads beyond Dhaka",
        "Bangladesh is battling its worst dengue outbreak on record, with hospitals in Dhaka "
        "turning away patients and doctors warning that the disease has spread to districts "
        "that rarely saw it before. The Directorate General of Health Services said on "
        "Sunday that more than 1,000 people had died of dengue this year, more than in the "
        "previous 23 years combined, and that over 200,000 had been admitted to hospital. At "
        "one medical college hospital in the capital, patients lay on mats in corridors and "
        'stairwells, their drips hung from window frames. "We are fighting this on the '
        'front line with no reinforcements," a senior doctor said, adding that many nurses '
        "had themselves fallen ill. Entomologists say warmer temperatures, longer monsoons "
        "and rapid unplanned building have let Aedes mosquitoes breed all year round. City "
        "corporations have stepped up fogging campaigns, but experts question their effect. "
        "The government has approached a Japanese vaccine maker about doses, although no "
        "dengue vaccine has yet been approved for use in Bangladesh.",
        "health",
    ),
    (
        "Texas measles outbreak grows as second unvaccinated child dies",
        "A second child has died of measles in West Texas, state health officials said on "
        "Sunday, as an outbreak centred on a Mennonite community in Gaines County passed 480 "
        "cases across several states. The eight-year-old girl, who was not vaccinated, died "
        "in hospital in Lubbock from what doctors described as measles pulmonary failure. "
        "Her death follows that of a six-year-old in February, the first measles death in "
        "the United States in a decade. Public health officials say vaccination rates in "
        "some of the county's schools are among the lowest in Texas, with more than one in "
        "five kindergartners holding an exemption. The Department of State Health Services "
        "has sent mobile clinics into the area and extended free vaccination at pop-up "
        "sites. Paediatricians have criticised federal health officials for sending mixed "
        "messages about the measles, mumps and rubella vaccine, including promoting vitamin "
        'A as a treatment. "The vaccine is the only thing that reliably stops this," said '
        "an infectious-disease physician at a children's hospital in Dallas. New Mexico, "
        "Oklahoma and Kansas have also reported linked cases. Measles is among the most "
        "contagious diseases known: about nine in ten unvaccinated people who are exposed "
        "become infected. Epidemiologists say the number of confirmed cases probably "
        "understates the outbreak, because many families in the affected community avoid "
        "doctors. The United States eliminated measles in 2000, meaning it was no longer "
        "continuously transmitted, but that status could be lost if the outbreak lasts more "
        "than a year. Local hospitals said they had treated dozens of children for "
        "complications, including pneumonia.",
        "health",
    ),
    (
        "Congo begins mpox vaccination in Kinshasa with doses donated from abroad",
        "The Democratic Republic of the Congo began vaccinating people against mpox in the "
        "capital Kinshasa on Saturday, two months after the first doses arrived from the "
        "United States and the European Union, health officials said. Health workers, sex "
        "workers and close contacts of confirmed cases are first in line, and the campaign "
        "will later be widened to children, who account for most suspected cases in the "
        "country. The health ministry said it had received about 265,000 doses of the "
        "Bavarian Nordic vaccine and expects Japan to send three million doses of another "
        "vaccine suitable for children. Congo has reported more than 30,000 suspected mpox "
        "cases and over 900 deaths this year, most of them in Equateur and South Kivu "
        "provinces. Vaccination in the east began earlier in October, but health officials "
        "said the rollout there had been slowed by poor roads, a lack of cold storage and "
        'the fighting that has displaced millions of people around Goma. "We are getting '
        'the vaccine into arms, but the outbreak is still ahead of us," a WHO official in '
        "Kinshasa said. The WHO declared the spread of the clade Ib strain a global public "
        "health emergency in August. In Kinshasa, health workers set up vaccination tents "
        "outside clinics in the districts of Limete and Kintambo, where most of the "
        "capital's cases have been recorded. Scientists say the clade Ib strain spreads more "
        "easily through sexual contact than older strains, which has helped it move along "
        "trucking routes and into cities. Experts warned that the available doses cover only "
        "a small fraction of the people at risk.",
        "health",
    ),
    (
        "Zambia turns national football stadium into cholera treatment centre",
        "Zambia has converted the 60,000-seat Heroes National Stadium in Lusaka into a "
        "cholera treatment centre as the country fights its worst outbreak in years, with "
        "more than 400 deaths since October. Tents with beds for hundreds of patients have "
        "been set up on the pitch and in the car parks, and the government has delayed the "
        "reopening of schools after the holidays. President Hakainde Hichilema described the "
        "outbreak as a national emergency and ordered the disaster management unit and the "
        "army to help deliver clean water to crowded neighbourhoods. The World Health "
        "Organization has sent 1.4 million doses of oral cholera vaccine, and a vaccination "
        "campaign has begun in the worst-affected townships of Lusaka. Health experts blame "
        "heavy rains, which flooded pit latrines, and the lack of piped water in informal "
        'settlements where most cases have been recorded. "Cholera is a disease of '
        'poverty," said a public health specialist at the University of Zambia. '
        "Neighbouring Zimbabwe and Malawi have also reported large outbreaks.",
        "health",
    ),
    (
        "Rwanda tests experimental Marburg vaccine in health workers as outbreak slows",
        "Rwanda has started giving an experimental vaccine against Marburg virus to health "
        "workers and contacts of patients, just over a week after confirming its first "
        "outbreak of the disease, which causes a haemorrhagic fever similar to Ebola. The "
        "Sabin Vaccine Institute shipped about 700 doses of its single-shot candidate, which "
        "has passed safety trials in people but has never been tested in an outbreak. More "
        "than 60 people have been infected, most of them health workers at two hospitals in "
        "Kigali, and 14 have died, the health ministry said. Patients are also receiving an "
        "experimental antibody treatment and the antiviral remdesivir as part of a trial. "
        "Researchers say the death rate in Rwanda appears lower than in previous outbreaks, "
        "perhaps because patients are being given intensive supportive care early. Genetic "
        "sequencing suggests the virus came from fruit bats, which roost in caves and mines "
        "in the region. Rwanda's health minister has asked people not to shake hands or hug, "
        "and schools have been told to check pupils' temperatures.",
        "health",
    ),
    (
        "Pakistan launches anti-polio drive amid vaccine refusals in Karachi",
        "KARACHI: A week-long anti-polio campaign began across Pakistan on Monday with the "
        "aim of vaccinating more than 44 million children under the age of five, as "
        "officials warned that rising refusals in parts of Karachi were undermining efforts "
        "to wipe out the virus. About 330,000 frontline workers are taking part, going house "
        "to house and staffing transit points at bus stations and motorway tolls. Health "
        "officials said poliovirus had been detected in sewage samples from 28 districts in "
        "recent months, including Karachi, Lahore and Peshawar. In some low-income "
        "neighbourhoods of Karachi, parents have shut their doors on vaccinators, citing "
        "rumours that the drops cause infertility, a district health officer said. The "
        "government has enlisted religious scholars to reassure families. Security "
        "arrangements have been made for teams in districts of Khyber Pakhtunkhwa where "
        "vaccinators have been attacked in previous years, the Emergency Operations Centre "
        "said. Pakistan and neighbouring Afghanistan are the only countries where "
        "transmission of wild polio has never been interrupted.",
        "health",
    ),
    (
        "Cameroon adds malaria shots to routine childhood jabs, a first for any country",
        "Cameroon on Monday became the first country to add a malaria vaccine to its routine "
        "childhood immunisation programme, in what health officials called a milestone in "
        "the fight against a disease that kills nearly half a million African children each "
        "year. The RTS,S vaccine will be offered in 42 districts with the highest burden of "
        "malaria, with children receiving four doses starting at six months of age. Gavi, "
        "the Vaccine Alliance, said about 20 African countries planned to introduce malaria "
        "vaccines this year, including the newer R21 vaccine developed by the University of "
        "Oxford and manufactured by the Serum Institute of India. Health workers in Yaoundé "
        "said demand was high, with mothers queueing before clinics opened. Experts "
        "cautioned that the vaccines, which are about 75 percent effective when given "
        "seasonally, must be used together with bed nets, indoor spraying and prompt "
        "treatment. Resistance to common insecticides and to artemisinin drugs in parts of "
        "East Africa could make the next few years harder, malaria researchers warn.",
        "health",
    ),
    (
        "Kerala contains Nipah outbreak after tracing more than 2,000 contacts",
        "Health authorities in the south Indian state of Kerala have said the outbreak of "
        "the Nipah virus that killed 17 people in Kozhikode and Malappuram districts has "
        "been contained, after no new cases were reported for three weeks. Officials traced "
        "and isolated more than 2,000 people who had been in contact with patients, many of "
        "them in hospital wards where the virus spread among relatives and staff. Among the "
        "dead was a young nurse who had treated one of the first patients; a letter she "
        "wrote to her husband from the isolation ward was widely shared on social media. The "
        "virus, which is carried by fruit bats, can kill more than 70 percent of those it "
        "infects and has no approved vaccine or treatment. Scientists from the National "
        "Institute of Virology in Pune confirmed the presence of the virus in bats captured "
        "in the area. Schools and colleges in the two districts, which had been closed for "
        "weeks, will reopen on Tuesday. Kerala's health minister credited the state's public "
        "health system and community volunteers with stopping the spread.",
        "health",
    ),
    (
        "Bird flu found in dairy herds in a ninth US state as scientists call for wider testing",
        "Federal officials confirmed H5N1 bird flu in a dairy herd in Colorado on Monday, "
        "making it the ninth state to detect the virus in cows since March, and scientists "
        "said the true spread was probably much wider. Only a few thousand animals have been "
        "tested, and many farmers have been reluctant to let inspectors onto their land, "
        "according to veterinarians and state officials. Fragments of the virus have been "
        "found in about a fifth of samples of retail milk tested by the Food and Drug "
        "Administration, though pasteurisation kills it. Three dairy workers have tested "
        'positive, all with mild symptoms, including conjunctivitis. "We are flying blind, '
        'and that is not where you want to be with a virus that has pandemic potential," '
        "said a virologist at a university in Texas. The Department of Agriculture has "
        "ordered testing of lactating cows before they are moved between states and has "
        "offered to pay farmers for lost milk. Researchers say the virus seems to spread "
        "between cows mainly through milking equipment rather than through the air.",
        "health",
    ),
    (
        "Nigeria starts single-dose HPV vaccination for girls in bid to curb cervical cancer",
        "Nigeria began vaccinating millions of girls aged nine to 14 against human "
        "papillomavirus on Tuesday, in a campaign that health officials hope will be a shot "
        "in the arm for the fight against cervical cancer, the second most common cancer "
        "among Nigerian women. The first phase, covering 16 states and the Federal Capital "
        "Territory, aims to reach 7.7 million girls through schools, health centres and "
        "community outreach. The vaccine is given as a single dose, following a 2022 "
        "recommendation by the World Health Organization that one dose offers protection "
        "similar to two. Officials said about 12,000 women in Nigeria are diagnosed with "
        "cervical cancer every year, and that about 8,000 die from it, many because they "
        "seek care too late. Some parents and religious groups have raised concerns on "
        "social media about the vaccine's safety, and health workers have been visiting "
        'mosques and churches to answer questions. "We have waited a long time for this," '
        "a gynaecologist in Ibadan said. A second phase in 21 more states is planned for "
        "next year.",
        "health",
    ),
]
